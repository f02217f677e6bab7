extension FrenchMessages {
  /// The rules, most specific first: the first that matches wins.
  static let rules: [Rule] = [
    Rule(
      #"no case (\S+) in this registry; the list of cases gives their references"#,
      "aucun dossier $1 dans ce registre ; la liste des dossiers donne leurs références"
    )
  ]
}
