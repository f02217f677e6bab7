import Foundation
import Testing

@testable import EgideCore

/// The permission matrix, cell by cell, against a table written out here
/// rather than recomputed from the policy.
@Suite("Access matrix")
struct AccessMatrixTests {
  /// What each role may do: A admin, D delegate, S security_officer,
  /// L liaison; `x` allowed, `-` refused.
  ///
  /// The README shows the same table.
  static let expected = """
    permission            A D S L
    report                x x x -
    import                x x x -
    list                  x x x -
    show                  x x x -
    timeline              x x x -
    assess                x - x -
    escalate              x - x -
    assign                x - x -
    note                  x x x -
    evidence add          x x x -
    evidence get          x x x -
    measure request       x x x -
    measure update        x - x -
    resolve               x - x -
    close                 x - x -
    reopen                x - x -
    notice draft          x x x -
    notice add-url        x x x -
    notice send           x x x -
    notice reply          x x x -
    notice render         x x x -
    notice show           x x x -
    due                   x x x -
    occultation request   x x x -
    occultation decide    x - x -
    occultation appeal    x x x -
    occultation show      x x x -
    exposure scan         x x x -
    campaign list         x x x -
    campaign show         x x x -
    summary               x x x x
    summary --internal    x x x -
    export cases          x x x -
    reveal identities     x x x -
    user add              x - - -
    user list             x - - -
    user disable          x - - -
    user token create     x - - -
    user token list       x - - -
    user token revoke     x - - -
    key                   x - - -
    retention             x - - -
    audit                 x - x -
    verify                x - x -
    doctor                x - x -
    backup                x - - -
    restore               x - - -
    """

  /// The table as permission name → the marks of A, D, S, L.
  static let table: [String: [Bool]] = {
    var rows: [String: [Bool]] = [:]
    for line in expected.split(separator: "\n").dropFirst() {
      let words = line.split(separator: " ").map(String.init)
      let name = words.dropLast(4).joined(separator: " ")
      rows[name] = words.suffix(4).map { $0 == "x" }
    }
    return rows
  }()

  static let columns: [UserRole] = [
    .admin, .delegate, .securityOfficer, .liaison,
  ]

  @Test(
    "each role holds exactly the permissions the table marks",
    arguments: Permission.allCases, columns)
  func cell(permission: Permission, role: UserRole) throws {
    let row = try #require(
      Self.table[permission.rawValue],
      "the table has no row for '\(permission.rawValue)'")
    let column = try #require(Self.columns.firstIndex(of: role))
    #expect(
      AccessPolicy.allows(role, permission) == row[column],
      "\(role.rawValue) × \(permission.rawValue)")
  }

  @Test("the table has one row per permission and no other")
  func tableCoversEveryPermission() {
    #expect(Set(Self.table.keys) == Set(Permission.allCases.map(\.rawValue)))
    #expect(Self.table.count == Permission.allCases.count)
  }

  @Test("a liaison may never reveal identities nor see a case")
  func liaisonSeesNoIdentity() {
    let allowed = Permission.allCases.filter {
      AccessPolicy.allows(.liaison, $0)
    }
    #expect(allowed == [.summary])
  }

  @Test("the roles allowed to assess are named in declaration order")
  func rolesAllowed() {
    #expect(
      AccessPolicy.roles(allowedTo: .assess) == [.admin, .securityOfficer])
    #expect(AccessPolicy.roles(allowedTo: .userAdd) == [.admin])
    #expect(AccessPolicy.roles(allowedTo: .tokenCreate) == [.admin])
    #expect(AccessPolicy.roles(allowedTo: .summary) == UserRole.allCases)
  }
}
