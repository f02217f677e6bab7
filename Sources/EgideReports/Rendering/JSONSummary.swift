import EgideCore
import Foundation

/// A summary as JSON following `Schemas/summary-v1.schema.json`.
///
/// Keys are sorted, indentation is two spaces, instants are ISO 8601 UTC.
/// A cell holds its value (`null` when suppressed or not applicable),
/// whether it is suppressed and its unit; never the count it rests on,
/// which would give a hidden figure away.
struct JSONSummary {
  /// The name of the schema the document follows.
  static let schemaName = "egide-summary"
  /// The version of the schema; raised on any incompatible change.
  static let schemaVersion = 1

  var document: SummaryDocument

  func render() -> String {
    JSONText.write(root) + "\n"
  }

  /// The whole document.
  var root: JSONText {
    let rule = document.rule
    return .object([
      "schema": .string(Self.schemaName),
      "schemaVersion": .integer(Self.schemaVersion),
      "title": .string(document.title),
      "language": .string(document.labels.language.rawValue),
      "period": period(document.period),
      "previousPeriod": period(document.previousPeriod),
      "generatedAt": .string(SummaryInstant.iso(document.generatedAt)),
      "timeZone": .string(document.period.timeZone.identifier),
      "provisional": provisional,
      "definitions": .object([
        "newCase": .string(document.labels.newCaseDefinition)
      ]),
      "disclosure": .object([
        "minimumCount": .integer(rule.minimumCount),
        "internal": .bool(rule.isInternal),
        "marking": rule.isInternal
          ? .string(document.labels.internalMarker) : .null,
        "rule": .string(document.ruleStatement),
      ]),
      "tables": .array(document.tables.map(table)),
    ])
  }

  /// The last day and the marking of a provisional summary, null for a
  /// complete one.
  var provisional: JSONText {
    guard let marking = document.provisionalMarker else { return .null }
    return .object([
      "lastDay": .string(LocalDay.lastDay(of: document.period).iso),
      "marking": .string(marking),
    ])
  }

  /// A period: its label, unit, first and last instant, first and last day.
  func period(_ period: ReportingPeriod) -> JSONText {
    .object([
      "label": .string(period.label),
      "unit": .string(period.unit.rawValue),
      "start": .string(SummaryInstant.iso(period.start)),
      "end": .string(SummaryInstant.iso(period.end)),
      "firstDay": .string(LocalDay(period.start, in: period.timeZone).iso),
      "lastDay": .string(LocalDay.lastDay(of: period).iso),
    ])
  }

  /// A table.
  func table(_ table: SummaryDocument.Table) -> JSONText {
    .object([
      "id": .string(table.id),
      "title": .string(table.title),
      "dimension": .string(table.dimension),
      "dimensionTitle": .string(table.dimensionTitle),
      "columns": .array(
        table.columns.map {
          .object(["id": .string($0.id), "title": .string($0.title)])
        }),
      "rows": .array(table.rows.map(row)),
      "total": table.total.map(row) ?? .null,
      "multiValued": .bool(table.multiValued),
    ])
  }

  /// A row.
  func row(_ row: SummaryDocument.Row) -> JSONText {
    .object([
      "key": .string(row.key),
      "label": .string(row.label),
      "cells": .array(row.cells.map(cell)),
    ])
  }

  /// A cell: the published value only.
  func cell(_ cell: SummaryDocument.Cell) -> JSONText {
    let value: JSONText =
      switch (cell.value, cell.unit) {
      case (nil, _): .null
      case (let value?, .count): .integer(Int(value.rounded()))
      case (let value?, .days):
        .number(SummaryNumbers.plain(value, unit: .days))
      }
    return .object([
      "value": value,
      "suppressed": .bool(cell.suppressed),
      "unit": .string(cell.unit.rawValue),
    ])
  }
}

/// A JSON value, written with sorted keys and two-space indentation so
/// that the same summary always gives the same bytes.
indirect enum JSONText {
  case object([String: JSONText])
  case array([JSONText])
  case string(String)
  case integer(Int)
  /// A number already written out, such as `3.5`.
  case number(String)
  case bool(Bool)
  case null

  /// The value as pretty-printed JSON, without a final newline.
  static func write(_ value: JSONText) -> String {
    var out = ""
    value.write(into: &out, indent: "")
    return out
  }

  func write(into out: inout String, indent: String) {
    let inner = indent + "  "
    switch self {
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, key) in members.keys.sorted().enumerated() {
        out += inner + Self.quote(key) + ": "
        members[key, default: .null].write(into: &out, indent: inner)
        out += index < members.count - 1 ? ",\n" : "\n"
      }
      out += indent + "}"
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += inner
        item.write(into: &out, indent: inner)
        out += index < items.count - 1 ? ",\n" : "\n"
      }
      out += indent + "]"
    case .string(let text): out += Self.quote(text)
    case .integer(let number): out += String(number)
    case .number(let text): out += text
    case .bool(let flag): out += flag ? "true" : "false"
    case .null: out += "null"
    }
  }

  /// A JSON string literal (see ``JSONLiteral/string(_:)``).
  static func quote(_ text: String) -> String { JSONLiteral.string(text) }
}
