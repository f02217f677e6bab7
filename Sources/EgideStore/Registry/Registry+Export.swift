import EgideCore
import Foundation
import GRDB

/// A case as `egide export cases` writes it: its state rebuilt from the
/// history, the persons it targets and its external reference.
public struct ExportedCase: Sendable {
  /// The case, rebuilt from its events.
  public var state: CaseState
  /// The targeted persons, in the order the case names them.
  public var persons: [TargetedPerson]
  /// The identifier the case had in the file it was imported from, if it
  /// was imported.
  public var externalReference: String?
}

/// Reading cases one at a time for exports, and the external references
/// imports check.
extension Registry {
  /// Calls `body` with each case matching `query`, in its order, reading
  /// one case at a time from a database cursor: the whole selection is
  /// never held in memory.
  ///
  /// The cases are those `list(_:)` returns for the same query. Errors
  /// thrown by `body` are rethrown as they are.
  public func forEachCase(
    matching query: CaseQuery, _ body: (ExportedCase) throws -> Void
  ) throws {
    let filter = CaseFilterSQL(query)
    let sql =
      "SELECT c.id, c.reference, c.external_reference FROM cases c"
      + filter.clauses
    do {
      try writer.read { db in
        let rows = try Row.fetchCursor(
          db, sql: sql, arguments: StatementArguments(filter.arguments))
        while let row = try rows.next() {
          let exported = try exportedCase(
            row, reference: try CaseReference.parse(row["reference"]), in: db)
          do { try body(exported) } catch { throw PassedThrough(error) }
        }
      }
    } catch let error as PassedThrough {
      throw error.error
    } catch let error as DomainError {
      throw error
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  /// The case of a row holding its `id` and `external_reference`, with
  /// its state replayed and its persons.
  private func exportedCase(
    _ row: Row, reference: CaseReference, in db: Database
  ) throws -> ExportedCase {
    let state = try loadCase(id: row["id"], reference: reference, in: db)
    var persons: [TargetedPerson] = []
    for id in state.report.targets {
      guard let person = try person(id, in: db) else {
        throw StoreError(
          .corruptValue,
          "case \(reference) targets \(id), who is not in the registry; restore it from a backup"
        )
      }
      persons.append(person)
    }
    return ExportedCase(
      state: state, persons: persons,
      externalReference: row["external_reference"])
  }
}

extension Registry {
  /// Calls `body` with each of the cases named, in the order given, all
  /// read in one read transaction: an export reads a few hundred at a
  /// time, so that no reader holds the registry for long.
  ///
  /// A case no longer in the registry is skipped.
  public func forEachCase(
    _ references: [CaseReference], _ body: (ExportedCase) throws -> Void
  ) throws {
    do {
      try writer.read { db in
        let statement = try db.makeStatement(
          sql: "SELECT id, external_reference FROM cases WHERE reference = ?")
        for reference in references {
          guard
            let row = try Row.fetchOne(
              statement, arguments: [reference.description])
          else { continue }
          let exported = try exportedCase(row, reference: reference, in: db)
          do { try body(exported) } catch { throw PassedThrough(error) }
        }
      }
    } catch let error as PassedThrough {
      throw error.error
    } catch let error as DomainError {
      throw error
    } catch {
      throw Self.storeError(error, path: path)
    }
  }
}
