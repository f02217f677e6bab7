import Testing

@testable import EgideCLI

/// The French of the refusals the command line prints: every rule
/// compiles, the messages users meet most read in French with the values
/// they quote kept as they were, and a message no rule knows stays in
/// English.
@Suite("French messages")
struct FrenchMessagesTests {
  @Test("every rule compiles as a regular expression")
  func everyRuleCompiles() {
    #expect(FrenchMessages.compiled.count == FrenchMessages.rules.count)
  }

  @Test("no two rules have the same English pattern")
  func patternsAreUnique() {
    var seen = Set<String>()
    let repeated = FrenchMessages.rules.map(\.english).filter {
      !seen.insert($0).inserted
    }
    #expect(repeated.isEmpty)
  }

  @Test("a message no rule matches is shown as it was")
  func unknownMessageStaysInEnglish() {
    let message = "the moon is made of green cheese; nothing to translate here"
    #expect(FrenchMessages.translate(message) == message)
  }

  @Test(
    "each message users meet reads in French, keeping the flags, codes, references and values it quotes"
  )
  func messagesReadInFrench() {
    for (english, french) in Self.samples {
      #expect(FrenchMessages.translate(english) == french)
    }
  }

  /// Messages as egide writes them, each with its French.
  static let samples: [(english: String, french: String)] = [
    // Cases: references, lifecycle, assignment, severity.
    (
      "no case 2026-0099 in this registry; the list of cases gives their references",
      "aucun dossier 2026-0099 dans ce registre ; la liste des dossiers donne leurs références"
    ),
    (
      "no case 2026-0042 in this registry",
      "aucun dossier 2026-0042 dans ce registre"
    ),
    (
      "invalid case reference '2026-99x'; expected YEAR-NUMBER such as 2026-0042",
      "case reference : référence invalide '2026-99x' ; attendu : ANNÉE-NUMÉRO, par exemple 2026-0042"
    ),
    (
      "invalid person 'X99'; expected an identifier such as P-000012",
      "person : identifiant invalide 'X99' ; attendu : un identifiant comme P-000012"
    ),
    (
      "invalid measure 'M-12x'; expected an identifier such as M-000012",
      "measure : identifiant invalide 'M-12x' ; attendu : un identifiant comme M-000012"
    ),
    (
      "cannot escalate case 2026-0003: it is new (assess it first); allowed next: assess, assign, note, evidence add, measure request, close",
      "impossible d'exécuter escalate sur le dossier 2026-0003 : il est au statut new (évaluez-le d'abord avec assess) ; actions possibles : assess, assign, note, evidence add, measure request, close"
    ),
    (
      "cannot reopen case 2026-0001: it is new; allowed next: assess, assign, note, evidence add, measure request, close",
      "impossible d'exécuter reopen sur le dossier 2026-0001 : il est au statut new ; actions possibles : assess, assign, note, evidence add, measure request, close"
    ),
    (
      "cannot assess case 2026-0001: it is closed (duplicate); allowed next: reopen, note",
      "impossible d'exécuter assess sur le dossier 2026-0001 : il est au statut closed (duplicate) ; actions possibles : reopen, note"
    ),
    (
      "case 2026-0001 is already assigned to alice; nothing to change",
      "le dossier 2026-0001 est déjà attribué à alice ; rien à changer"
    ),
    (
      "severity 'low' is below 'high', the least the factors death_threat allow; give high or higher",
      "la gravité 'low' est inférieure à 'high', le minimum qu'imposent les facteurs death_threat ; donnez high ou plus"
    ),
    (
      "duplicate-of is missing; a duplicate must name the case it repeats (--duplicate-of 2026-0042)",
      "duplicate-of manquant ; un doublon doit désigner le dossier qu'il reprend (--duplicate-of 2026-0042)"
    ),
    (
      "duplicate-of '2026-0001' is this very case; name the case it repeats",
      "duplicate-of '2026-0001' désigne ce dossier lui-même ; désignez le dossier qu'il reprend"
    ),
    (
      "duplicate-of is only accepted with --reason duplicate",
      "duplicate-of n'est accepté qu'avec --reason duplicate"
    ),
    (
      "duplicate-of 2026-0050 is not a case of this registry; give the reference of the case this one repeats",
      "duplicate-of 2026-0050 n'est pas un dossier de ce registre ; donnez la référence du dossier que celui-ci reprend"
    ),
    (
      "duplicate-of 2026-0007 is itself closed as a duplicate of 2026-0004; give --duplicate-of 2026-0004",
      "duplicate-of 2026-0007 est lui-même classé comme doublon de 2026-0004 ; donnez --duplicate-of 2026-0004"
    ),
    (
      "the identities of case 2019-0012 were already purged",
      "les identités du dossier 2019-0012 ont déjà été purgées"
    ),
    (
      "case 2026-0001 is escalated and cannot be purged: only cases resolved or closed more than 5 years ago are",
      "le dossier 2026-0001 est au statut escalated et ne peut pas être purgé : seuls peuvent l'être les dossiers résolus ou classés depuis plus de 5 ans"
    ),

    // Reporting a case: targets, kinds, channel, platform.
    (
      "missing required fields: --target/--role or --person; give them on the command line (egide report --help)",
      "champs obligatoires manquants : --target/--role or --person ; donnez-les sur la ligne de commande (egide report --help)"
    ),
    (
      "missing required fields: --summary; give them on the command line (egide report --help)",
      "champs obligatoires manquants : --summary ; donnez-les sur la ligne de commande (egide report --help)"
    ),
    (
      "missing required fields: --kind, --court (input ended)",
      "champs obligatoires manquants : --kind, --court (fin de la saisie)"
    ),
    (
      "--role and --function describe a --target; give --target NAME",
      "--role et --function décrivent une --target ; donnez --target NOM"
    ),
    (
      "role is given 3 times for 2 targets; give one --role per --target, or one for all",
      "le rôle est donné 3 fois pour 2 cibles ; donnez un --role par --target, ou un seul pour toutes"
    ),
    (
      "function is given 2 times for 1 targets; give one per --target ('-' for none) or none",
      "la fonction est donnée 2 fois pour 1 cibles ; donnez-en une par --target ('-' pour aucune) ou aucune"
    ),
    (
      "target role 'family' needs the staff member it relates to in the same report; add them to --target with a role judge, prosecutor, clerk, staff or trainee, or to --person",
      "le rôle de cible 'family' suppose de signaler dans le même dossier le membre du personnel concerné ; ajoutez-le avec --target et un rôle judge, prosecutor, clerk, staff ou trainee, ou avec --person"
    ),
    (
      "function 'jld' given for a family member; a function is only accepted for judicial staff",
      "fonction 'jld' donnée pour un membre de la famille ; une fonction n'est acceptée que pour le personnel judiciaire"
    ),
    (
      "kind is empty; give at least one",
      "kind : valeur vide ; donnez-en au moins une"
    ),
    (
      "target is missing; give --target (a name and a role) or --person",
      "cible manquante ; donnez --target (un nom et un rôle) ou --person"
    ),
    (
      "kinds is missing; accepted, separated by ';': threat, intimidation, harassment, cyberharassment, doxxing, assault, outrage, property_damage, stalking, open_data_exposure, other",
      "kinds : valeur manquante ; valeurs acceptées, séparées par ';' : threat, intimidation, harassment, cyberharassment, doxxing, assault, outrage, property_damage, stalking, open_data_exposure, other"
    ),
    (
      "kind is missing; accepted: threat, intimidation, harassment, cyberharassment, doxxing, assault, outrage, property_damage, stalking, open_data_exposure, other",
      "kind : valeur manquante ; valeurs acceptées : threat, intimidation, harassment, cyberharassment, doxxing, assault, outrage, property_damage, stalking, open_data_exposure, other"
    ),
    (
      "target_role is missing; accepted: judge, prosecutor, clerk, staff, trainee, family",
      "target_role : valeur manquante ; valeurs acceptées : judge, prosecutor, clerk, staff, trainee, family"
    ),
    (
      "platform 'x' given for channel 'phone'; a platform is accepted only with channel social_network, messaging, broadcast, press or other",
      "plateforme 'x' donnée pour le canal 'phone' ; une plateforme n'est acceptée qu'avec les canaux social_network, messaging, broadcast, press ou other"
    ),
    (
      "person P-000099 is not in the registry; check the identifier in one of their cases",
      "la personne P-000099 n'est pas dans le registre ; vérifiez l'identifiant dans l'un de ses dossiers"
    ),
    (
      "person P-000077 is not in the registry; give target_name and target_role to register someone new",
      "la personne P-000077 n'est pas dans le registre ; donnez target_name et target_role pour enregistrer une nouvelle personne"
    ),

    // Values: courts, closed lists, free text.
    (
      "unknown court 'Bobignyy'; accepted: a code or a name from the reference list of 258 courts (e.g. tj93008, Bobigny, ca_paris) (did you mean tj93008 (Tribunal judiciaire de Bobigny)?)",
      "court : juridiction inconnue 'Bobignyy' ; acceptés : un code ou un nom de la liste de référence des 258 juridictions (par ex. tj93008, Bobigny, ca_paris) (vouliez-vous dire tj93008 (Tribunal judiciaire de Bobigny) ?)"
    ),
    (
      "unknown ressort 'Nowhere'; accepted: a code or a name from the reference list of 258 courts (e.g. tj93008, Bobigny, ca_paris)",
      "ressort : juridiction inconnue 'Nowhere' ; acceptés : un code ou un nom de la liste de référence des 258 juridictions (par ex. tj93008, Bobigny, ca_paris)"
    ),
    (
      "court 'Paris' is ambiguous: it may be ca_paris (Cour d'appel de Paris), tj75056 (Tribunal judiciaire de Paris), caa_paris (Cour administrative d'appel de Paris), ta_paris (Tribunal administratif de Paris); give the code",
      "court : 'Paris' est ambigu, il peut s'agir de ca_paris (Cour d'appel de Paris), tj75056 (Tribunal judiciaire de Paris), caa_paris (Cour administrative d'appel de Paris), ta_paris (Tribunal administratif de Paris) ; donnez le code"
    ),
    (
      "court is empty; give a court code such as tj93008 or a name such as Bobigny",
      "court : valeur vide ; donnez un code de juridiction comme tj93008 ou un nom comme Bobigny"
    ),
    (
      "ressort 'Bobigny' is tj93008 (Tribunal judiciaire de Bobigny), not a cour d'appel; give one such as ca_paris or Douai",
      "ressort : 'Bobigny' est tj93008 (Tribunal judiciaire de Bobigny), pas une cour d'appel ; donnez-en une comme ca_paris ou Douai"
    ),
    (
      "unknown timezone 'Mars/Olympus'; accepted: an IANA name such as Europe/Paris or America/Cayenne",
      "fuseau horaire inconnu 'Mars/Olympus' ; accepté : un nom IANA comme Europe/Paris ou America/Cayenne"
    ),
    (
      "unknown lang 'de' in the configuration file; accepted: en, fr",
      "langue inconnue 'de' dans le fichier de configuration ; valeurs acceptées : en, fr"
    ),
    (
      "unknown kind 'threatt'; accepted: threat, intimidation, harassment, cyberharassment, doxxing, assault, outrage, property_damage, stalking, open_data_exposure, other (did you mean 'threat'?)",
      "kind : valeur inconnue 'threatt' ; valeurs acceptées : threat, intimidation, harassment, cyberharassment, doxxing, assault, outrage, property_damage, stalking, open_data_exposure, other (vouliez-vous dire 'threat' ?)"
    ),
    (
      "unknown escalation level 'ministre'; accepted: head_of_court, head_of_appeal_court, ministry, law_enforcement, prosecution (did you mean 'ministry'?)",
      "escalation level : valeur inconnue 'ministre' ; valeurs acceptées : head_of_court, head_of_appeal_court, ministry, law_enforcement, prosecution (vouliez-vous dire 'ministry' ?)"
    ),
    (
      "unknown format 'xls'; accepted: csv, json",
      "format : valeur inconnue 'xls' ; valeurs acceptées : csv, json"
    ),
    (
      "unknown --lang 'de'; accepted: en, fr",
      "--lang : valeur inconnue 'de' ; valeurs acceptées : en, fr"
    ),
    (
      "unknown measure kind 'foo'; accepted: statutory_protection, criminal_complaint, police_protection, security_assessment, content_takedown, open_data_occultation, address_confidentiality, reassignment, psychological_support, legal_support, workplace_security, other",
      "measure kind : valeur inconnue 'foo' ; valeurs acceptées : statutory_protection, criminal_complaint, police_protection, security_assessment, content_takedown, open_data_occultation, address_confidentiality, reassignment, psychological_support, legal_support, workplace_security, other"
    ),
    (
      "summary is empty; give a non-empty text",
      "summary : texte vide ; donnez un texte non vide"
    ),
    (
      "note is empty; give a non-empty text",
      "note : texte vide ; donnez un texte non vide"
    ),
    (
      "summary is 2000 characters long; at most 500 are accepted",
      "summary : texte de 2000 caractères ; 500 au plus sont acceptés"
    ),
    (
      "url is 2600 characters long; at most 2048 are accepted",
      "url : texte de 2600 caractères ; 2048 au plus sont acceptés"
    ),
    (
      "target name contains a line break, a control or an invisible character (U+000A) in 'A<U+000A>B'; give one line of printable text",
      "target name : saut de ligne, caractère de contrôle ou caractère invisible (U+000A) dans 'A<U+000A>B' ; donnez une seule ligne de texte imprimable"
    ),
    (
      "narrative contains a control or an invisible character (U+001B) in 'x<U+001B>[2K'; give printable text (line breaks and tabs are accepted)",
      "narrative : caractère de contrôle ou caractère invisible (U+001B) dans 'x<U+001B>[2K' ; donnez un texte imprimable (sauts de ligne et tabulations acceptés)"
    ),
    (
      #"actor 'a\nb' spans several lines; give one line"#,
      #"actor : 'a\nb' tient sur plusieurs lignes ; donnez une seule ligne"#
    ),
    (
      "limit '0' is not accepted; give 1 or more",
      "limit : valeur '0' refusée ; donnez 1 ou plus"
    ),
    (
      "min-cell '0' is not accepted; give 1 or more",
      "min-cell : valeur '0' refusée ; donnez 1 ou plus"
    ),

    // Dates and periods.
    (
      "invalid since '2026-13-01'; accepted: YYYY-MM-DD, YYYY-MM-DDTHH:MM, DD/MM/YYYY, DD/MM/YYYY HH:MM or YYYY-MM",
      "since : date invalide '2026-13-01' ; formats acceptés : AAAA-MM-JJ, AAAA-MM-JJTHH:MM, JJ/MM/AAAA, JJ/MM/AAAA HH:MM ou AAAA-MM"
    ),
    (
      "invalid decision date '2026/01/01'; accepted: YYYY-MM-DD, YYYY-MM-DDTHH:MM, DD/MM/YYYY, DD/MM/YYYY HH:MM or YYYY-MM",
      "decision date : date invalide '2026/01/01' ; formats acceptés : AAAA-MM-JJ, AAAA-MM-JJTHH:MM, JJ/MM/AAAA, JJ/MM/AAAA HH:MM ou AAAA-MM"
    ),
    (
      "at '2030-01-01' is in the future; give a date up to today",
      "at : '2030-01-01' est dans le futur ; donnez une date au plus tard aujourd'hui"
    ),
    (
      "requested on '2030-01-01' is in the future; give a date up to today",
      "requested on : '2030-01-01' est dans le futur ; donnez une date au plus tard aujourd'hui"
    ),
    (
      "occurred '2026-03-29T02:30' does not exist in Europe/Paris: the clocks go forward an hour that night; give the time before or after the change",
      "occurred : '2026-03-29T02:30' n'existe pas dans le fuseau Europe/Paris : les horloges avancent d'une heure cette nuit-là ; donnez une heure avant ou après le changement"
    ),
    (
      "at '2026-11' names a month; give a day such as 20/11/2026 or a time such as 20/11/2026 14:30",
      "at : '2026-11' désigne un mois ; donnez un jour, par exemple 20/11/2026, ou une heure, par exemple 20/11/2026 14:30"
    ),
    (
      "due '2026-12' names a month; give a day such as 05/12/2026",
      "due : '2026-12' désigne un mois ; donnez un jour, par exemple 05/12/2026"
    ),
    (
      "decision date '2026-01' is not a day; accepted: YYYY-MM-DD or DD/MM/YYYY",
      "decision date : '2026-01' n'est pas un jour ; formats acceptés : AAAA-MM-JJ ou JJ/MM/AAAA"
    ),
    (
      "occurred date is in the future; give a date up to today",
      "la date des faits est dans le futur ; donnez une date au plus tard aujourd'hui"
    ),
    (
      "notified date is in the future; give a date up to today",
      "la date de notification est dans le futur ; donnez une date au plus tard aujourd'hui"
    ),
    (
      "due date has already passed; give a date from today on",
      "l'échéance est déjà passée ; donnez une date à partir d'aujourd'hui"
    ),
    (
      "invalid month '2026-13'; expected YYYY-MM such as 2026-11",
      "mois invalide '2026-13' ; attendu : AAAA-MM, par exemple 2026-11"
    ),
    (
      "invalid quarter '2026-Q5'; expected YYYY-Qn such as 2026-Q4",
      "trimestre invalide '2026-Q5' ; attendu : AAAA-Qn, par exemple 2026-Q4"
    ),
    (
      "invalid year '26'; expected YYYY such as 2026",
      "année invalide '26' ; attendu : AAAA, par exemple 2026"
    ),
    (
      "from and to must be days such as 2026-11-01; got '2026-11' and '2026-12'",
      "from et to doivent être des jours comme 2026-11-01 ; reçu '2026-11' et '2026-12'"
    ),
    (
      "to '2026-01-01' is before from '2026-03-01'; give from ≤ to",
      "to '2026-01-01' est antérieur à from '2026-03-01' ; donnez from ≤ to"
    ),
    (
      "period 2031-01 has not begun; give a period that starts today at the latest",
      "la période 2031-01 n'a pas commencé ; donnez une période qui commence au plus tard aujourd'hui"
    ),
    (
      "EGIDE_NOW 'tomorrow' is not a date and time such as 2026-11-30T12:00Z",
      "EGIDE_NOW 'tomorrow' n'est pas une date et heure comme 2026-11-30T12:00Z"
    ),

    // Filters and lists.
    (
      "--all cannot be combined with --status or --open",
      "--all ne peut pas être combiné avec --status ni avec --open"
    ),
    (
      "status 'resolved' is not an open status and --open keeps open cases only; drop --open, or give open statuses: new, assessed, escalated, monitored",
      "le statut 'resolved' n'est pas un statut ouvert et --open ne garde que les dossiers ouverts ; retirez --open, ou donnez des statuts ouverts : new, assessed, escalated, monitored"
    ),
    (
      "cursor 'abc' is not a cursor of this list; give the nextCursor of the previous page, or none for the first",
      "le curseur 'abc' n'est pas un curseur de cette liste ; donnez le nextCursor de la page précédente, ou aucun pour la première"
    ),
    (
      "cursor 'eyJvZmZzZXQiOjUwfQ' was given for other filters; start again without a cursor",
      "le curseur 'eyJvZmZzZXQiOjUwfQ' a été donné pour d'autres filtres ; recommencez sans curseur"
    ),
    (
      "--min-cases '1' is not accepted; a campaign has 2 cases or more",
      "--min-cases : valeur '1' refusée ; une campagne compte au moins 2 dossiers"
    ),
    (
      "--burst-authors '1' is not accepted; a burst has 2 authors or more",
      "--burst-authors : valeur '1' refusée ; un raid coordonné compte au moins 2 auteurs"
    ),
    (
      "--burst-window '100' is not accepted; give 1 to 72 hours",
      "--burst-window : valeur '100' refusée ; donnez de 1 à 72 heures"
    ),

    // Access refusals: unknown or disabled user, role, scope.
    (
      "'mallory' is not a user of this registry; ask an admin (alice) to add it as a user with a role (the name comes from --actor, $EGIDE_ACTOR or the system login; 'egide user add NAME --role ROLE' adds a user)",
      "'mallory' n'est pas un utilisateur de ce registre ; demandez à un administrateur (alice) de l'ajouter comme utilisateur avec un rôle (le nom vient de --actor, de $EGIDE_ACTOR ou du login système ; « egide user add NOM --role RÔLE » ajoute un utilisateur)"
    ),
    (
      "'x y' is not a user of this registry; ask an admin (alice, bob, carol, …) to add it as a user with a role",
      "'x y' n'est pas un utilisateur de ce registre ; demandez à un administrateur (alice, bob, carol, …) de l'ajouter comme utilisateur avec un rôle"
    ),
    (
      "'mallory' is not a user of this registry; ask an admin to add it as a user with a role",
      "'mallory' n'est pas un utilisateur de ce registre ; demandez à un administrateur de l'ajouter comme utilisateur avec un rôle"
    ),
    (
      "user 'carol' was disabled on 2026-12-05 by an admin and may no longer act; ask an admin (alice) if a new user is needed",
      "l'utilisateur 'carol' a été désactivé le 2026-12-05 par un administrateur et ne peut plus agir ; demandez à un administrateur (alice) si un nouvel utilisateur est nécessaire"
    ),
    (
      "user 'carol' was disabled on 2026-12-05 by alice and may no longer act; ask an admin (alice) if a new user is needed",
      "l'utilisateur 'carol' a été désactivé le 2026-12-05 par alice et ne peut plus agir ; demandez à un administrateur (alice) si un nouvel utilisateur est nécessaire"
    ),
    (
      "user 'carol' is a liaison and may not run 'report': that is for admin, delegate, security_officer; ask an admin (alice) if you need it",
      "l'utilisateur 'carol' a le rôle liaison et ne peut pas exécuter 'report' : c'est réservé aux rôles admin, delegate, security_officer ; demandez à un administrateur (alice) si vous en avez besoin"
    ),
    (
      "user 'bob' is a delegate and may not run 'assess': that is for admin, security_officer; ask an admin (alice) if you need it",
      "l'utilisateur 'bob' a le rôle delegate et ne peut pas exécuter 'assess' : c'est réservé aux rôles admin, security_officer ; demandez à un administrateur (alice) si vous en avez besoin"
    ),
    (
      "user 'carol' is a liaison and may not reveal identities: that is for admin, delegate, security_officer; ask an admin (alice) if you need it",
      "l'utilisateur 'carol' a le rôle liaison et ne peut pas révéler les identités : c'est réservé aux rôles admin, delegate, security_officer ; demandez à un administrateur (alice) si vous en avez besoin"
    ),
    (
      "user 'carol' is a liaison and may not manage the registry key: that is for admin; ask an admin (alice) if you need it",
      "l'utilisateur 'carol' a le rôle liaison et ne peut pas gérer la clé du registre : c'est réservé aux rôles admin ; demandez à un administrateur (alice) si vous en avez besoin"
    ),
    (
      "user 'carol' is a liaison and may not purge under the retention policy: that is for admin; ask an admin (alice) if you need it",
      "l'utilisateur 'carol' a le rôle liaison et ne peut pas purger au titre de la politique de conservation : c'est réservé aux rôles admin ; demandez à un administrateur (alice) si vous en avez besoin"
    ),
    (
      "user 'bob' is a delegate for court tj93008 and may not act on case 2026-0004 at tj59178, ressort ca_douai, outside that scope; ask an admin (alice) for a user whose scope holds it",
      "l'utilisateur 'bob' a le rôle delegate pour la juridiction tj93008 et ne peut pas agir sur le dossier 2026-0004, à tj59178, ressort ca_douai, hors de ce périmètre ; demandez à un administrateur (alice) un utilisateur dont le périmètre le couvre"
    ),
    (
      "user 'bob' is a delegate for court tj93008 and may not act on a case at tj94028, ressort ca_paris, outside that scope; ask an admin (alice) for a user whose scope holds it",
      "l'utilisateur 'bob' a le rôle delegate pour la juridiction tj93008 et ne peut pas agir sur un dossier à tj94028, ressort ca_paris, hors de ce périmètre ; demandez à un administrateur (alice) un utilisateur dont le périmètre le couvre"
    ),
    (
      "user 'bob' is a delegate for court tj93008: --court tj94028 is outside that scope; ask an admin (alice) for a user whose scope holds it",
      "l'utilisateur 'bob' a le rôle delegate pour la juridiction tj93008 : --court tj94028 est hors de ce périmètre ; demandez à un administrateur (alice) un utilisateur dont le périmètre le couvre"
    ),
    (
      "user 'bob' is a security_officer for court tj93008: person P-000031 is registered outside that scope; register the person by name and role, or ask an admin (alice)",
      "l'utilisateur 'bob' a le rôle security_officer pour la juridiction tj93008 : la personne P-000031 est enregistrée hors de ce périmètre ; enregistrez la personne par son nom et son rôle, ou demandez à un administrateur (alice)"
    ),
    (
      "user 'bob' is limited to court tj93008 and an internal summary shows the small counts of every court; make the published summary (without --internal), or ask an admin (alice)",
      "l'utilisateur 'bob' est limité à la juridiction tj93008 et une synthèse interne montre les petits effectifs de toutes les juridictions ; produisez la synthèse publiée (sans --internal), ou demandez à un administrateur (alice)"
    ),
    (
      "to: user 'dan' is a delegate for court tj93008, outside which this case lies; accepted: alice, bob (the list of users shows them all)",
      "to : l'utilisateur 'dan' a le rôle delegate pour la juridiction tj93008, hors de laquelle se trouve ce dossier ; utilisateurs possibles : alice, bob (la liste des utilisateurs les donne tous)"
    ),
    (
      "user 'bob' is a delegate for ressort ca_paris and may not act on case 2026-0004 at tj59178, ressort ca_douai, outside that scope; ask an admin (alice) for a user whose scope holds it",
      "l'utilisateur 'bob' a le rôle delegate pour le ressort ca_paris et ne peut pas agir sur le dossier 2026-0004, à tj59178, ressort ca_douai, hors de ce périmètre ; demandez à un administrateur (alice) un utilisateur dont le périmètre le couvre"
    ),
    (
      "user 'bob' is a delegate for ressort ca_paris and may not act on a case at tj94028, ressort ca_paris, outside that scope; ask an admin (alice) for a user whose scope holds it",
      "l'utilisateur 'bob' a le rôle delegate pour le ressort ca_paris et ne peut pas agir sur un dossier à tj94028, ressort ca_paris, hors de ce périmètre ; demandez à un administrateur (alice) un utilisateur dont le périmètre le couvre"
    ),
    (
      "user 'bob' is a delegate for ressort ca_paris: --court tj94028 is outside that scope; ask an admin (alice) for a user whose scope holds it",
      "l'utilisateur 'bob' a le rôle delegate pour le ressort ca_paris : --court tj94028 est hors de ce périmètre ; demandez à un administrateur (alice) un utilisateur dont le périmètre le couvre"
    ),
    (
      "user 'bob' is a security_officer for ressort ca_paris: person P-000031 is registered outside that scope; register the person by name and role, or ask an admin (alice)",
      "l'utilisateur 'bob' a le rôle security_officer pour le ressort ca_paris : la personne P-000031 est enregistrée hors de ce périmètre ; enregistrez la personne par son nom et son rôle, ou demandez à un administrateur (alice)"
    ),
    (
      "user 'bob' is limited to ressort ca_paris and an internal summary shows the small counts of every court; make the published summary (without --internal), or ask an admin (alice)",
      "l'utilisateur 'bob' est limité au ressort ca_paris et une synthèse interne montre les petits effectifs de toutes les juridictions ; produisez la synthèse publiée (sans --internal), ou demandez à un administrateur (alice)"
    ),
    (
      "to: user 'dan' is a delegate for ressort ca_paris, outside which this case lies; accepted: alice, bob (the list of users shows them all)",
      "to : l'utilisateur 'dan' a le rôle delegate pour le ressort ca_paris, hors duquel se trouve ce dossier ; utilisateurs possibles : alice, bob (la liste des utilisateurs les donne tous)"
    ),
    (
      "to: no user is named 'zed'; accepted: alice, bob (the list of users shows them all)",
      "to : aucun utilisateur ne s'appelle 'zed' ; utilisateurs possibles : alice, bob (la liste des utilisateurs les donne tous)"
    ),
    (
      "to: user 'carol' is disabled; accepted: alice, bob (the list of users shows them all)",
      "to : l'utilisateur 'carol' est désactivé ; utilisateurs possibles : alice, bob (la liste des utilisateurs les donne tous)"
    ),
    (
      "to: user 'carol' is a liaison, who sees no case; accepted: alice, bob (the list of users shows them all)",
      "to : l'utilisateur 'carol' a le rôle liaison, qui ne voit aucun dossier ; utilisateurs possibles : alice, bob (la liste des utilisateurs les donne tous)"
    ),

    // Users and tokens.
    (
      "--court is not accepted for role admin: an admin acts on every court; a scope is for delegate and security_officer",
      "--court n'est pas accepté pour le rôle admin : un administrateur agit sur toutes les juridictions ; un périmètre est réservé aux rôles delegate et security_officer"
    ),
    (
      "--ressort is not accepted for role liaison: a liaison sees no case; a scope is for delegate and security_officer",
      "--ressort n'est pas accepté pour le rôle liaison : le rôle liaison ne voit aucun dossier ; un périmètre est réservé aux rôles delegate et security_officer"
    ),
    (
      "give --court or --ressort, not both: a user has one scope",
      "donnez --court ou --ressort, pas les deux : un utilisateur n'a qu'un périmètre"
    ),
    (
      "user name holds U+0020; a user name is a login of letters a-z, digits and . _ - @, such as j.dupont",
      "le nom d'utilisateur contient U+0020 ; un nom d'utilisateur est un identifiant fait de lettres a-z, de chiffres et de . _ - @, comme j.dupont"
    ),
    (
      "user 'bob' already exists (delegate for court tj93008, enabled); a user is never edited and a name never reused: add them under another name",
      "l'utilisateur 'bob' existe déjà (delegate for court tj93008, enabled) ; un utilisateur n'est jamais modifié et un nom jamais réutilisé : ajoutez cette personne sous un autre nom"
    ),
    (
      "user 'Bob' is user 'bob' written otherwise (delegate for court tj93008, enabled); a user is never edited and a name never reused: add them under another name",
      "l'utilisateur 'Bob' est l'utilisateur 'bob' écrit autrement (delegate for court tj93008, enabled) ; un utilisateur n'est jamais modifié et un nom jamais réutilisé : ajoutez cette personne sous un autre nom"
    ),
    (
      "no user 'zed' in this registry; the list of users names them",
      "aucun utilisateur 'zed' dans ce registre ; la liste des utilisateurs les donne"
    ),
    (
      "no user 'zed' in this registry",
      "aucun utilisateur 'zed' dans ce registre"
    ),
    (
      "user 'carol' was already disabled on 2026-12-05 by an admin",
      "l'utilisateur 'carol' a déjà été désactivé le 2026-12-05 par un administrateur"
    ),
    (
      "user 'carol' was already disabled on 2026-12-05 by alice",
      "l'utilisateur 'carol' a déjà été désactivé le 2026-12-05 par alice"
    ),
    (
      "user 'alice' is the last enabled admin and cannot be disabled; add another user with the role admin first",
      "l'utilisateur 'alice' est le dernier administrateur actif et ne peut pas être désactivé ; ajoutez d'abord un autre utilisateur avec le rôle admin"
    ),
    (
      "user 'carol' is disabled and may no longer act: a token for them would never be accepted",
      "l'utilisateur 'carol' est désactivé et ne peut plus agir : un jeton à son nom ne serait jamais accepté"
    ),
    (
      "--expires '999d' is not a lifetime; accepted: a number of days from 1 to 366, such as 90d",
      "--expires : '999d' n'est pas une durée de validité ; acceptée : un nombre de jours de 1 à 366, comme 90d"
    ),
    (
      "no token T-000099 in this registry",
      "aucun jeton T-000099 dans ce registre"
    ),
    (
      "token T-000003 was already revoked on 2026-12-01 by alice",
      "le jeton T-000003 a déjà été révoqué le 2026-12-01 par alice"
    ),
    (
      "this registry has no users, so no token is valid",
      "ce registre n'a aucun utilisateur : aucun jeton n'est donc valide"
    ),
    (
      "the token is not one this registry issued (tokens start with 'egide_'); ask an admin for a token",
      "ce jeton n'a pas été émis par ce registre (les jetons commencent par 'egide_') ; demandez un jeton à un administrateur"
    ),
    (
      "token T-000004 was revoked on 2026-11-30 by alice; ask an admin for a new token",
      "le jeton T-000004 a été révoqué le 2026-11-30 par alice ; demandez un nouveau jeton à un administrateur"
    ),
    (
      "token T-000002 expired on 2026-10-01; ask an admin for a new token",
      "le jeton T-000002 a expiré le 2026-10-01 ; demandez un nouveau jeton à un administrateur"
    ),
    (
      "token T-000005 belongs to 'eve', who is not a user of this registry; ask an admin for a token of your own",
      "le jeton T-000005 appartient à 'eve', qui n'est pas un utilisateur de ce registre ; demandez à un administrateur un jeton à votre nom"
    ),
    (
      "token T-000006 belongs to user 'carol', disabled on 2026-12-05 by alice, who may no longer act",
      "le jeton T-000006 appartient à l'utilisateur 'carol', désactivé le 2026-12-05 par alice, qui ne peut plus agir"
    ),

    // Reveals and their purpose.
    (
      "--identities needs --purpose TEXT saying why you need the identities, such as --purpose 'prepare the police complaint'; it is recorded in the access log",
      "--identities exige --purpose TEXTE disant pourquoi vous avez besoin des identités, par exemple --purpose 'préparer la plainte' ; ce motif est consigné dans le journal des accès"
    ),
    (
      "evidence get needs --purpose TEXT saying why you need what it reveals, such as --purpose 'attach to the police complaint'; it is recorded in the access log",
      "evidence get exige --purpose TEXTE disant pourquoi vous avez besoin de ce que la commande révèle, par exemple --purpose 'joindre à la plainte' ; ce motif est consigné dans le journal des accès"
    ),
    (
      "exposure scan needs --purpose TEXT saying why: it looks registered persons up by name, and is recorded in the access log",
      "exposure scan exige --purpose TEXTE disant pourquoi : la commande recherche les personnes enregistrées par leur nom, et elle est consignée dans le journal des accès"
    ),
    (
      "--purpose is only used with --identities",
      "--purpose ne s'emploie qu'avec --identities"
    ),
    (
      "--purpose 'ab' is too short; say why you need the identities, such as 'prepare the police complaint'",
      "--purpose : 'ab' est trop court ; dites pourquoi vous avez besoin des identités, par exemple « préparer la plainte »"
    ),
    (
      "--purpose is missing; say why you need what this reveals, such as 'attach to the police complaint': it is recorded in the access log",
      "--purpose manquant ; dites pourquoi vous avez besoin de ce que cela révèle, par exemple « joindre à la plainte » : ce motif est consigné dans le journal des accès"
    ),

    // Measures and evidence.
    (
      "no measure M-000099 in the registry; a case shows its measures",
      "aucune mesure M-000099 dans le registre ; un dossier affiche ses mesures"
    ),
    (
      "no measure M-000007 in case 2026-0001",
      "aucune mesure M-000007 dans le dossier 2026-0001"
    ),
    (
      "cannot move measure M-000003 to granted: it is lifted; allowed next: none: it is final; request a new measure instead",
      "impossible de passer la mesure M-000003 au statut granted : elle est au statut lifted, qui est définitif ; demandez plutôt une nouvelle mesure"
    ),
    (
      "cannot move measure M-000003 to granted: it is in_place; allowed next: lifted",
      "impossible de passer la mesure M-000003 au statut granted : elle est au statut in_place ; statuts possibles ensuite : lifted"
    ),
    (
      "beneficiary P-000099 is not targeted in case 2026-0001; accepted: P-000001",
      "le bénéficiaire P-000099 n'est pas visé dans le dossier 2026-0001 ; acceptés : P-000001"
    ),
    (
      "requested on '2026-01-01' is for a statutory_protection measure (the day of the written request); a criminal_complaint measure takes no such day",
      "la date de demande '2026-01-01' ne vaut que pour une mesure statutory_protection (le jour de la demande écrite) ; une mesure criminal_complaint n'en prend pas"
    ),
    (
      "measure M-000003 is a criminal_complaint measure; a written request date is given for statutory_protection only",
      "la mesure M-000003 est de nature criminal_complaint ; une date de demande écrite ne se donne que pour statutory_protection"
    ),
    (
      "measure M-000004 already has its protection request",
      "la mesure M-000004 a déjà sa demande de protection"
    ),
    (
      "measure M-000003 is not a protection fonctionnelle; decision details are given for statutory_protection only",
      "la mesure M-000003 n'est pas une protection fonctionnelle ; les détails de la décision ne se donnent que pour statutory_protection"
    ),
    (
      "status 'in_place' is not a decision; a decision's day, facts, duration and lawyer go with granted, partially_granted or refused",
      "le statut 'in_place' n'est pas une décision ; le jour, les faits, la durée et l'avocat d'une décision vont avec granted, partially_granted ou refused"
    ),
    (
      "no evidence E-000099 in the registry; a case, once shown, lists its evidence",
      "aucune pièce E-000099 dans le registre ; un dossier, une fois affiché, liste ses pièces"
    ),
    (
      "evidence E-000002 is a URL, not a stored file",
      "la pièce E-000002 est une URL, pas un fichier conservé"
    ),
    (
      "evidence E-000001 no longer matches its SHA-256 9f86d081884c7d65; it was altered, restore the registry from a backup",
      "la pièce E-000001 ne correspond plus à son SHA-256 9f86d081884c7d65 : elle a été altérée ; restaurez le registre depuis une sauvegarde"
    ),
    (
      "url 'ftp://x' is not a web address; accepted: http:// or https:// addresses",
      "l'URL 'ftp://x' n'est pas une adresse web ; acceptées : les adresses http:// ou https://"
    ),
    (
      "the file is 70000000 bytes; at most 67108864 (64 MiB) are kept",
      "le fichier fait 70000000 octets ; au plus 67108864 (64 Mio) sont conservés"
    ),

    // Notices to platforms.
    (
      "no notice N-000099 in the registry; a measure shows its notices",
      "aucune notification N-000099 dans le registre ; une mesure affiche ses notifications"
    ),
    (
      "measure M-000003 is a criminal_complaint measure; a notice needs a content_takedown measure: request one in case 2026-0001",
      "la mesure M-000003 est de nature criminal_complaint ; une notification suppose une mesure content_takedown : demandez-en une dans le dossier 2026-0001"
    ),
    (
      "measure M-000001 is withdrawn; a notice needs a measure still requested, granted or in place",
      "la mesure M-000001 est au statut withdrawn ; une notification suppose une mesure encore demandée, accordée ou en place"
    ),
    (
      "case 2026-0002 names no platform; give --platform with one of: x, facebook, instagram, tiktok, youtube, other",
      "le dossier 2026-0002 ne désigne aucune plateforme ; donnez --platform avec l'une des valeurs : x, facebook, instagram, tiktok, youtube, other"
    ),
    (
      "case 2026-0001 is resolved; reopen it before working on its notices",
      "le dossier 2026-0001 est au statut resolved ; rouvrez-le avant de travailler sur ses notifications"
    ),
    (
      "case 2026-0005 has no kind online content carries (assault, property_damage); online kinds: threat, intimidation, harassment, cyberharassment, doxxing, outrage, open_data_exposure",
      "le dossier 2026-0005 n'a aucune nature que puisse porter un contenu en ligne (assault, property_damage) ; natures en ligne : threat, intimidation, harassment, cyberharassment, doxxing, outrage, open_data_exposure"
    ),
    (
      "kinds is empty; accepted: one or more of threat",
      "kinds : valeur vide ; acceptées : une ou plusieurs natures parmi threat"
    ),
    (
      "kind 'assault' is not online content; accepted: threat",
      "la nature 'assault' ne relève pas d'un contenu en ligne ; acceptées : threat"
    ),
    (
      "kind 'doxxing' is not a kind of case 2026-0001; accepted: threat",
      "la nature 'doxxing' n'est pas une nature du dossier 2026-0001 ; acceptées : threat"
    ),
    (
      "channel 'trusted_flagger' needs the organisation designated as trusted flagger by Arcom (DSA art. 22) that you act for: set notices.trusted_flagger_organisation in the configuration file, or use platform_form or pharos",
      "le canal 'trusted_flagger' suppose l'organisation désignée comme signaleur de confiance par l'Arcom (DSA, art. 22) pour laquelle vous agissez : renseignez notices.trusted_flagger_organisation dans le fichier de configuration, ou utilisez platform_form ou pharos"
    ),
    (
      "invalid url 'ftp://x'; accepted: the exact address of the content, starting with https:// or http://",
      "URL invalide 'ftp://x' ; acceptée : l'adresse exacte du contenu, commençant par https:// ou http://"
    ),
    (
      "invalid email 'bad'; expected an address such as name@example.org",
      "adresse électronique invalide 'bad' ; attendu : une adresse comme name@example.org"
    ),
    (
      "url is missing; give --url for each content",
      "URL manquante ; donnez --url pour chaque contenu"
    ),
    (
      "url 'https://x.com/a' is given twice; name each URL once",
      "l'URL 'https://x.com/a' est donnée deux fois ; nommez chaque URL une seule fois"
    ),
    (
      "a notice names at most 50 URLs; 64 were given: split them over several notices",
      "une notification nomme au plus 50 URL ; 64 ont été données : répartissez-les sur plusieurs notifications"
    ),
    (
      "no URL to add; give the exact URL of each content in --url",
      "aucune URL à ajouter ; donnez avec --url l'URL exacte de chaque contenu"
    ),
    (
      "notice N-000001 was sent; a sent notice does not change: draft a new notice of measure M-000001 for more URLs",
      "la notification N-000001 a été envoyée ; une notification envoyée ne change plus : préparez une nouvelle notification de la mesure M-000001 pour d'autres URL"
    ),
    (
      "notice N-000001 was already sent on 2026-12-01T22:59Z; a notice is sent once",
      "la notification N-000001 a déjà été envoyée le 2026-12-01T22:59Z ; une notification n'est envoyée qu'une fois"
    ),
    (
      "sent date 2030-01-01T11:00Z is in the future; give a date up to now",
      "la date d'envoi 2030-01-01T11:00Z est dans le futur ; donnez une date qui ne soit pas dans le futur"
    ),
    (
      "notice N-000001 is a draft; record its sending before a reply",
      "la notification N-000001 est un brouillon ; enregistrez son envoi avant une réponse"
    ),
    (
      "decision date 2026-11-01T22:59Z is before the notice was sent (2026-12-01T22:59Z); give a date on or after it",
      "la date de décision 2026-11-01T22:59Z est antérieure à l'envoi de la notification (2026-12-01T22:59Z) ; donnez une date égale ou postérieure"
    ),
    (
      "decision date 2030-01-01T11:00Z is in the future; give a date up to now",
      "la date de décision 2030-01-01T11:00Z est dans le futur ; donnez une date qui ne soit pas dans le futur"
    ),
    (
      "every URL of notice N-000001 already has an outcome; name in --url the URLs a new decision is about",
      "chaque URL de la notification N-000001 a déjà une suite ; nommez avec --url les URL que vise la nouvelle décision"
    ),
    (
      "url 'https://x.com/zzz' is not in notice N-000001, which lists 1 URL; give one of them exactly as the notice shows it once revealed with a --purpose",
      "l'URL 'https://x.com/zzz' ne figure pas dans la notification N-000001, qui en compte 1 ; donnez l'une d'elles exactement comme la notification l'affiche une fois révélée avec --purpose"
    ),
    (
      "url 'https://x.com/a' of notice N-000001 is removed; it cannot become kept (a removed URL stays removed)",
      "l'URL 'https://x.com/a' de la notification N-000001 est au statut removed ; elle ne peut pas passer au statut kept (une URL retirée le reste)"
    ),
    (
      "url 'https://x.com/a' of notice N-000002 is restricted; it cannot become restricted",
      "l'URL 'https://x.com/a' de la notification N-000002 est au statut restricted ; elle ne peut pas passer au statut restricted"
    ),
    (
      "measure M-000001 has no notice; draft one first",
      "la mesure M-000001 n'a aucune notification ; préparez-en une d'abord"
    ),
    (
      "measure M-000001 has 2 notices (N-000001, N-000002); name one of them",
      "la mesure M-000001 a 2 notifications (N-000001, N-000002) ; désignez l'une d'elles"
    ),
    (
      "invalid notice or measure 'Q-1'; give a notice such as N-000001 or a measure such as M-000003",
      "notification ou mesure invalide 'Q-1' ; donnez une notification comme N-000001 ou une mesure comme M-000003"
    ),

    // Occultation requests.
    (
      "no occultation request OC-000099 in the registry; a case shows its measures and their requests",
      "aucune demande d'occultation OC-000099 dans le registre ; un dossier affiche ses mesures et leurs demandes"
    ),
    (
      "measure M-000001 is a content_takedown measure; accepted: an open_data_occultation measure",
      "la mesure M-000001 est de nature content_takedown ; acceptée : une mesure open_data_occultation"
    ),
    (
      "measure M-000002 is already carried out by occultation request OC-000001",
      "la mesure M-000002 fait déjà l'objet de la demande d'occultation OC-000001"
    ),
    (
      "measure M-000002 is refused; an occultation request needs a measure still requested",
      "la mesure M-000002 est au statut refused ; une demande d'occultation suppose une mesure encore au statut requested"
    ),
    (
      "an occultation request needs a decision and a person targeted in 2026-0001",
      "une demande d'occultation suppose une décision et une personne visée dans 2026-0001"
    ),
    (
      "an occultation request names no decision; give --decision-court with --decision-number or --judilibre-id",
      "une demande d'occultation ne désigne aucune décision ; donnez --decision-court avec --decision-number ou --judilibre-id"
    ),
    (
      "decision of tj93008 has no identifier; give --decision-number (e.g. 24/01234) or --judilibre-id",
      "la décision de tj93008 n'a pas d'identifiant ; donnez --decision-number (par ex. 24/01234) ou --judilibre-id"
    ),
    (
      "decision number '24/01;234' contains ';'; accepted: letters, digits and ' ' '/' '.' '-' '_'",
      "decision number : '24/01;234' contient ';' ; acceptés : lettres, chiffres et ' ' '/' '.' '-' '_'"
    ),
    (
      "decisions of tj93008 and ca_paris go to different authorities; file one request per court",
      "les décisions de tj93008 et de ca_paris relèvent d'autorités différentes ; déposez une demande par juridiction"
    ),
    (
      "occultation request OC-000001 is granted; only a requested or appealed request can be decided",
      "la demande d'occultation OC-000001 est au statut granted ; seule une demande au statut requested ou appealed peut être tranchée"
    ),
    (
      "notified date is before the request of OC-000001; give a later date",
      "la date de notification est antérieure à la demande OC-000001 ; donnez une date plus tardive"
    ),
    (
      "notified date is before the appeal of OC-000002; give a later date",
      "la date de notification est antérieure au recours de OC-000002 ; donnez une date plus tardive"
    ),
    (
      "occultation request OC-000002 is refused on appeal; only a first refusal can be appealed",
      "la demande d'occultation OC-000002 est au statut refused en recours ; seul un premier refus peut faire l'objet d'un recours"
    ),
    (
      "occultation request OC-000001 is requested; only a first refusal can be appealed",
      "la demande d'occultation OC-000001 est au statut requested ; seul un premier refus peut faire l'objet d'un recours"
    ),
    (
      "occultation request OC-000001 was refused under COJ L111-13 and R111-12, which provides no appeal; file a new request to the Cour de cassation (COJ R111-13) with --relation other",
      "la demande d'occultation OC-000001 a été refusée sur le fondement de COJ L111-13 and R111-12, qui ne prévoit aucun recours ; déposez une nouvelle demande auprès de la Cour de cassation (COJ R111-13) avec --relation other"
    ),
    (
      "the appeal window of OC-000003 closed on 2026-10-02 (two months from the notification); an appeal is no longer accepted",
      "le délai de recours de OC-000003 a expiré le 2026-10-02 (deux mois après la notification) ; un recours n'est plus recevable"
    ),

    // Exposure scans of published decisions.
    (
      "no decision file given; give one or more FILE arguments",
      "aucun fichier de décision donné ; donnez un ou plusieurs arguments FICHIER"
    ),
    (
      "no decision given; give one or more decisions as plain text or a Judilibre JSON export",
      "aucune décision donnée ; donnez une ou plusieurs décisions en texte brut ou en export JSON Judilibre"
    ),
    (
      "decision file '/tmp/decisions/empty.txt' is empty; give the text of a decision",
      "le fichier de décision '/tmp/decisions/empty.txt' est vide ; donnez le texte d'une décision"
    ),
    (
      "decision file 'arret.pdf' is not UTF-8 text; accepted: plain text or Judilibre JSON (id, jurisdiction or location, number or numbers, decision_date, text)",
      "le fichier de décision 'arret.pdf' n'est pas du texte UTF-8 ; acceptés : texte brut ou JSON Judilibre (id, jurisdiction or location, number or numbers, decision_date, text)"
    ),
    (
      "decision file 'export.json' is not valid JSON; accepted: a Judilibre export (id, jurisdiction or location, number or numbers, decision_date, text)",
      "le fichier de décision 'export.json' n'est pas du JSON valide ; accepté : un export Judilibre (id, jurisdiction or location, number or numbers, decision_date, text)"
    ),
    (
      #"decision file 'export.json' holds no decision; accepted: an object, an array or {"results": [...]} with id, jurisdiction or location, number or numbers, decision_date, text"#,
      #"le fichier de décision 'export.json' ne contient aucune décision ; acceptés : un objet, un tableau ou {"results": [...]} avec id, jurisdiction or location, number or numbers, decision_date, text"#
    ),
    (
      "decision 2 of 'export.json' is not an object; accepted: id, jurisdiction or location, number or numbers, decision_date, text",
      "la décision 2 de 'export.json' n'est pas un objet ; acceptés : id, jurisdiction or location, number or numbers, decision_date, text"
    ),
    (
      "decision 1 of '/tmp/fm/j.json' has no text; the field 'text' must hold the decision (accepted fields: id, jurisdiction or location, number or numbers, decision_date, text)",
      "la décision 1 de '/tmp/fm/j.json' n'a pas de texte ; le champ 'text' doit contenir la décision (champs acceptés : id, jurisdiction or location, number or numbers, decision_date, text)"
    ),
    (
      "FILE: the folders given hold no decision file; give decision files, or folders that hold some",
      "FICHIER : les dossiers donnés ne contiennent aucun fichier de décision ; donnez des fichiers de décision, ou des dossiers qui en contiennent"
    ),
    (
      "decision folder '/srv/opendata' holds 'latest', a link to a folder; give the folder it leads to as a FILE of its own",
      "le dossier de décisions '/srv/opendata' contient 'latest', un lien vers un dossier ; donnez le dossier vers lequel il mène comme FICHIER à part entière"
    ),
    (
      "decision folder '/srv/opendata/a/b' is more than 32 folders deep; give a folder of decision files nearer to it",
      "le dossier de décisions '/srv/opendata/a/b' est à plus de 32 niveaux de profondeur ; donnez un dossier de fichiers de décision plus proche"
    ),
    (
      "decision folder '/srv/opendata/2026-11' cannot be read; give a folder of decision files you may read",
      "le dossier de décisions '/srv/opendata/2026-11' ne peut pas être lu ; donnez un dossier de fichiers de décision que vous pouvez lire"
    ),
    (
      "FILE: 250 decision files given; at most 200 are scanned at once (limits.scan_files in the configuration file): scan them in several runs",
      "FILE : 250 fichiers de décision donnés ; au plus 200 sont analysés à la fois (limits.scan_files dans le fichier de configuration) : analysez-les en plusieurs fois"
    ),
    (
      "the decisions are 70000000 bytes in all; at most 67108864 (64 MiB) are accepted in one scan: scan them in several",
      "les décisions font 70000000 octets en tout ; au plus 67108864 (64 Mio) sont acceptés en une analyse : analysez-les en plusieurs fois"
    ),
    (
      "P-000004 has no open case to request an occultation in; reopen one of their cases, or scan without --request",
      "P-000004 n'a aucun dossier ouvert où demander une occultation ; rouvrez l'un de ses dossiers, ou lancez l'analyse sans --request"
    ),

    // Import files.
    (
      "file 'b.csv' is not UTF-8 text; save it as 'CSV UTF-8' (or JSON in UTF-8)",
      "le fichier 'b.csv' n'est pas du texte UTF-8 ; enregistrez-le au format « CSV UTF-8 » (ou en JSON UTF-8)"
    ),
    (
      "file 'empty.csv' is empty; it needs a header row and one row per case (the import template has the header)",
      "le fichier 'empty.csv' est vide ; il lui faut une ligne d'en-tête et une ligne par dossier (le modèle d'import contient l'en-tête)"
    ),
    (
      "file 'j3.json' holds no case: the array is empty; add one object per case",
      "le fichier 'j3.json' ne contient aucun dossier : le tableau est vide ; ajoutez un objet par dossier"
    ),
    (
      "file 'h.csv' has a header row but no case; add one row per case under the header",
      "le fichier 'h.csv' a une ligne d'en-tête mais aucun dossier ; ajoutez une ligne par dossier sous l'en-tête"
    ),
    (
      #"file 'i7.csv', line 2: a quoted cell is never closed; check the quotes (") of that row"#,
      #"le fichier 'i7.csv', ligne 2 : une cellule entre guillemets n'est jamais refermée ; vérifiez les guillemets (") de cette ligne"#
    ),
    (
      "file 'cases.csv', line 1: unknown column 'summry'; accepted: external_reference, reported_at, kinds, occurred, channel, platform, court, target_name, target_role, target_function, family_name, person_id, severity, factors, summary, narrative, authors (did you mean 'summary'?); the import template lists them",
      "le fichier 'cases.csv', ligne 1 : colonne inconnue 'summry' ; colonnes acceptées : external_reference, reported_at, kinds, occurred, channel, platform, court, target_name, target_role, target_function, family_name, person_id, severity, factors, summary, narrative, authors (vouliez-vous dire 'summary' ?) ; le modèle d'import les donne"
    ),
    (
      "file 'h2.csv', line 1: unknown column 'foo'; accepted: external_reference, reported_at, kinds; the import template lists them",
      "le fichier 'h2.csv', ligne 1 : colonne inconnue 'foo' ; colonnes acceptées : external_reference, reported_at, kinds ; le modèle d'import les donne"
    ),
    (
      "file 'h3.csv', line 1: column 'kinds' appears twice; keep one",
      "le fichier 'h3.csv', ligne 1 : la colonne 'kinds' apparaît deux fois ; n'en gardez qu'une"
    ),
    (
      "file 'export.csv', line 1: the header lacks the column(s) summary, target_name (or person_id); the import template has a complete header (an export made without --include-identities has no names or summaries and cannot be imported)",
      "le fichier 'export.csv', ligne 1 : il manque à l'en-tête la ou les colonnes summary, target_name (or person_id) ; le modèle d'import a un en-tête complet (un export fait sans --include-identities n'a ni noms ni résumés et ne peut pas être importé)"
    ),
    (
      "file 'h.csv', line 1: the header lacks the column(s) channel, court, summary, target_name (or person_id); the import template has a complete header",
      "le fichier 'h.csv', ligne 1 : il manque à l'en-tête la ou les colonnes channel, court, summary, target_name (or person_id) ; le modèle d'import a un en-tête complet"
    ),
    (
      "file 'cases.csv', line 12: a line is longer than 65536 bytes; at most 65536 bytes (64 KiB) are accepted (limits.import_line_bytes in the configuration file)",
      "le fichier 'cases.csv', ligne 12 : une ligne dépasse 65536 octets ; au plus 65536 octets (64 KiB) sont acceptés (limits.import_line_bytes dans le fichier de configuration)"
    ),
    (
      "file 'cases.csv', line 12: a cell is longer than 65536 bytes; at most 65536 bytes (64 KiB) are accepted (limits.import_cell_bytes in the configuration file)",
      "le fichier 'cases.csv', ligne 12 : une cellule dépasse 65536 octets ; au plus 65536 octets (64 KiB) sont acceptés (limits.import_cell_bytes dans le fichier de configuration)"
    ),
    (
      "file 'cases.csv', line 12: a string is longer than 65536 bytes; at most 65536 bytes (64 KiB) are accepted (limits.import_cell_bytes in the configuration file)",
      "le fichier 'cases.csv', ligne 12 : une chaîne dépasse 65536 octets ; au plus 65536 octets (64 KiB) sont acceptés (limits.import_cell_bytes dans le fichier de configuration)"
    ),
    (
      "file 'j2.json' is not valid JSON (The operation could not be completed. The data is not in the correct format.); give an array of objects, one per case",
      "le fichier 'j2.json' n'est pas du JSON valide (The operation could not be completed. The data is not in the correct format.) ; donnez un tableau d'objets, un par dossier"
    ),
    (
      #"file 'j.json' is JSON but not an array; give an array of objects, one per case: [{"external_reference": …}, …]"#,
      #"le fichier 'j.json' est du JSON mais pas un tableau ; donnez un tableau d'objets, un par dossier : [{"external_reference": …}, …]"#
    ),
    (
      "1 of 1 row(s) are invalid; nothing was imported. Fix them and import the file again, or add --skip-invalid to import the 0 good row(s)",
      "1 ligne(s) sur 1 sont invalides ; rien n'a été importé. Corrigez-les et importez de nouveau le fichier, ou ajoutez --skip-invalid pour importer les 0 ligne(s) valides"
    ),
    (
      "occurred '2026-05-01' is after reported_at; an incident is reported after it happens",
      "occurred '2026-05-01' est postérieur à reported_at ; un fait est signalé après s'être produit"
    ),
    (
      "external reference 'BOB-2026-017' is already case 2026-0012; a case is imported once",
      "la référence externe 'BOB-2026-017' est déjà le dossier 2026-0012 ; un dossier n'est importé qu'une fois"
    ),
    (
      "the file is 200000000 bytes; at most 134217728 (128 MiB) are imported at once: split it",
      "le fichier fait 200000000 octets ; au plus 134217728 (128 Mio) sont importés à la fois : découpez-le"
    ),

    // Files given to read.
    (
      "--file '/tmp/fm/nope' does not exist; give the path of the evidence file",
      "--file '/tmp/fm/nope' n'existe pas ; donnez le chemin du fichier de la pièce"
    ),
    (
      "decision file '/tmp/fm/nope.txt' does not exist; give a decision as plain text or a Judilibre JSON export",
      "le fichier de décision '/tmp/fm/nope.txt' n'existe pas ; donnez une décision en texte brut ou en export JSON Judilibre"
    ),
    (
      "file '/tmp/fm/nope.csv' does not exist; give the path of a CSV or JSON file ('egide import --template' writes one to fill in)",
      "le fichier '/tmp/fm/nope.csv' n'existe pas ; donnez le chemin d'un fichier CSV ou JSON (« egide import --template » en écrit un à remplir)"
    ),
    (
      "the configuration file '/etc/egide.conf' does not exist; set $EGIDE_CONFIG to an existing file, or unset it",
      "le fichier de configuration '/etc/egide.conf' n'existe pas ; faites pointer $EGIDE_CONFIG vers un fichier existant, ou retirez cette variable"
    ),
    (
      "the token file '/home/bob/.egide/token' does not exist; give the file 'egide login --server URL' wrote",
      "le fichier de jeton '/home/bob/.egide/token' n'existe pas ; donnez le fichier écrit par « egide login --server URL »"
    ),
    (
      "passphrase file 'pass.txt' does not exist; give the path of a file whose first line is the passphrase",
      "le fichier de phrase secrète 'pass.txt' n'existe pas ; donnez le chemin d'un fichier dont la première ligne est la phrase secrète"
    ),
    (
      "key backup '/media/usb/egide.keybackup' does not exist; give the path of a file made by 'egide key backup'",
      "la sauvegarde de clé '/media/usb/egide.keybackup' n'existe pas ; donnez le chemin d'un fichier créé par « egide key backup »"
    ),
    (
      "--narrative file 'recit.txt' does not exist; give a readable file after @ (or @@ for a text starting with @)",
      "le fichier de --narrative 'recit.txt' n'existe pas ; donnez un fichier lisible après @ (ou @@ pour un texte commençant par @)"
    ),
    (
      "--file '/tmp/x.pdf' does not exist; give the path of a regular file",
      "--file '/tmp/x.pdf' n'existe pas ; donnez le chemin d'un fichier ordinaire"
    ),
    (
      "--file '/tmp/fm' is a folder, not a regular file; only a regular file is accepted",
      "--file '/tmp/fm' est un dossier, pas un fichier ordinaire ; seul un fichier ordinaire est accepté"
    ),
    (
      "--file '/dev/null' is a character device, not a regular file; only a regular file is accepted",
      "--file '/dev/null' n'est pas un fichier ordinaire ; seul un fichier ordinaire est accepté"
    ),
    (
      "--file '/root/secret.pdf' cannot be read (Permission denied); give a regular file you may read",
      "--file '/root/secret.pdf' ne peut pas être lu (Permission denied) ; donnez un fichier ordinaire que vous pouvez lire"
    ),
    (
      "file 'big.csv' is larger than 33554432 bytes; at most 33554432 bytes (32 MiB) are accepted; split it (limits.import_file_bytes in the configuration file sets this limit, at most 128 MiB)",
      "le fichier 'big.csv' dépasse 33554432 octets ; au plus 33554432 octets (32 MiB) sont acceptés ; découpez-le (limits.import_file_bytes dans le fichier de configuration fixe cette limite, au plus 128 Mio)"
    ),
    (
      "decision file 'big.json' is larger than 67108864 bytes; at most 67108864 bytes (64 MiB) are accepted; the files of one scan hold at most 67108864 bytes in all (limits.scan_bytes in the configuration file): scan them in several runs",
      "le fichier de décision 'big.json' dépasse 67108864 octets ; au plus 67108864 octets (64 MiB) sont acceptés ; les fichiers d'une analyse font au plus 67108864 octets en tout (limits.scan_bytes dans le fichier de configuration) : analysez-les en plusieurs fois"
    ),
    (
      "--file 'video.mp4' is larger than 67108864 bytes; at most 67108864 bytes (64 MiB) are accepted",
      "--file 'video.mp4' dépasse 67108864 octets ; au plus 67108864 octets (64 MiB) sont acceptés"
    ),
    (
      "FILE: the decision files are more than 67108864 bytes in all; at most 67108864 bytes (64 MiB) are scanned at once (limits.scan_bytes in the configuration file): scan them in several runs",
      "FILE : les fichiers de décision dépassent 67108864 octets en tout ; au plus 67108864 octets (64 MiB) sont analysés à la fois (limits.scan_bytes dans le fichier de configuration) : analysez-les en plusieurs fois"
    ),
    (
      "--narrative - and --summary - both read standard input, which holds one value; give --narrative @FILE instead",
      "--narrative - et --summary - lisent tous deux l'entrée standard, qui ne contient qu'une valeur ; donnez plutôt --narrative @FICHIER"
    ),
    (
      "--narrative read from standard input is not UTF-8 text; save it as UTF-8",
      "--narrative lu sur l'entrée standard n'est pas du texte UTF-8 ; enregistrez-le en UTF-8"
    ),
    (
      "--narrative read from 'recit.txt' is not UTF-8 text; save it as UTF-8",
      "--narrative lu dans 'recit.txt' n'est pas du texte UTF-8 ; enregistrez-le en UTF-8"
    ),
    (
      "standard input holds more than 1048576 bytes (1 MiB); give a shorter text",
      "l'entrée standard contient plus de 1048576 octets (1 Mio) ; donnez un texte plus court"
    ),

    // Files written: exports, summaries, templates.
    (
      "'/tmp/fm/r.sqlite' already exists; Égide never overwrites a file: give another path",
      "'/tmp/fm/r.sqlite' existe déjà ; Égide n'écrase jamais un fichier : donnez un autre chemin"
    ),
    (
      "'export.csv' is a symbolic link; Égide never writes through a link or over a file: give another path",
      "'export.csv' est un lien symbolique ; Égide n'écrit jamais à travers un lien ni par-dessus un fichier : donnez un autre chemin"
    ),
    (
      "cannot write '/tmp/fm/nodir/x.csv': the folder '/tmp/fm/nodir' does not exist; create it or give a path in an existing folder",
      "impossible d'écrire '/tmp/fm/nodir/x.csv' : le dossier '/tmp/fm/nodir' n'existe pas ; créez-le ou donnez un chemin dans un dossier existant"
    ),
    (
      "cannot write '/srv/s.md': the folder '/srv' is not writable by you; give a path in a folder you can write",
      "impossible d'écrire '/srv/s.md' : vous ne pouvez pas écrire dans le dossier '/srv' ; donnez un chemin dans un dossier où vous pouvez écrire"
    ),
    (
      "cannot write 'out.csv': No space left on device; check the folder exists and is writable",
      "impossible d'écrire 'out.csv' : No space left on device ; vérifiez que le dossier existe et qu'il est accessible en écriture"
    ),
    (
      "cannot write 'out.csv': Input/output error",
      "impossible d'écrire 'out.csv' : Input/output error"
    ),

    // The registry file.
    (
      "no registry at /tmp/fm/none.sqlite; create one with 'egide init --db /tmp/fm/none.sqlite' or point --db / $EGIDE_DB at an existing one",
      "aucun registre à /tmp/fm/none.sqlite ; créez-en un avec « egide init --db /tmp/fm/none.sqlite » ou indiquez un registre existant avec --db ou $EGIDE_DB"
    ),
    (
      "no registry at /srv/egide/registry.sqlite; point --db or $EGIDE_DB at an existing one",
      "aucun registre à /srv/egide/registry.sqlite ; indiquez un registre existant avec --db ou $EGIDE_DB"
    ),
    (
      "no registry at /srv/egide/registry.sqlite; point --db or $EGIDE_DB at the registry to back up",
      "aucun registre à /srv/egide/registry.sqlite ; indiquez avec --db ou $EGIDE_DB le registre à sauvegarder"
    ),
    (
      "/tmp/fm is not a file; give the path of a registry",
      "/tmp/fm n'est pas un fichier ; donnez le chemin d'un registre"
    ),
    (
      "cannot read /srv/egide/registry.sqlite: permission denied; check its owner and mode",
      "impossible de lire /srv/egide/registry.sqlite : permission refusée ; vérifiez son propriétaire et ses droits"
    ),
    (
      "/tmp/fm/empty.sqlite is empty (0 bytes), not an Égide registry; restore it from a backup with 'egide restore', or create a new registry elsewhere with 'egide init'",
      "/tmp/fm/empty.sqlite est vide (0 octet) : ce n'est pas un registre Égide ; restaurez-le depuis une sauvegarde avec « egide restore », ou créez un nouveau registre ailleurs avec « egide init »"
    ),
    (
      "/tmp/blank.sqlite is an empty SQLite database, not an Égide registry; give the path of a registry or create one with 'egide init'",
      "/tmp/blank.sqlite est une base SQLite vide, pas un registre Égide ; donnez le chemin d'un registre ou créez-en un avec « egide init »"
    ),
    (
      "this file is an SQLite database but not an Égide registry; give the path of a registry or create one with 'egide init'",
      "ce fichier est une base SQLite mais pas un registre Égide ; donnez le chemin d'un registre ou créez-en un avec « egide init »"
    ),
    (
      "/tmp/fm/run.sh is not a readable registry (file is not a database); restore it from a backup",
      "/tmp/fm/run.sh n'est pas un registre lisible (file is not a database) ; restaurez-le depuis une sauvegarde"
    ),
    (
      "this registry has schema version 14 but this egide knows up to 12; use a newer egide (nothing was changed)",
      "ce registre est au schéma version 14, mais cet egide ne connaît que les versions jusqu'à 12 ; utilisez un egide plus récent (rien n'a été modifié)"
    ),
    (
      "this registry has no hash chain yet (schema version 5 or older); open it once with a writing egide command, which upgrades it",
      "ce registre n'a pas encore de chaîne d'empreintes (schéma version 5 ou antérieure) ; ouvrez-le une fois avec une commande egide qui écrit, ce qui le met à niveau"
    ),
    (
      "a file already exists at /tmp/fm/r.sqlite; Égide never overwrites a file: choose another --db path or move that file away yourself",
      "un fichier existe déjà à /tmp/fm/r.sqlite ; Égide n'écrase jamais un fichier : choisissez un autre chemin --db ou déplacez vous-même ce fichier"
    ),
    (
      "/srv/egide/registry.sqlite is read-only and needs a schema upgrade; make it writable once",
      "/srv/egide/registry.sqlite est en lecture seule et doit passer à un schéma plus récent ; rendez-le accessible en écriture une fois"
    ),
    (
      "the disk holding /srv/egide/registry.sqlite is full; nothing was written",
      "le disque qui contient /srv/egide/registry.sqlite est plein ; rien n'a été écrit"
    ),
    (
      "cannot write to /srv/egide/registry.sqlite (attempt to write a readonly database); check the file and folder permissions",
      "impossible d'écrire dans /srv/egide/registry.sqlite (attempt to write a readonly database) ; vérifiez les droits du fichier et du dossier"
    ),
    (
      "the registry stayed locked by another process for 10 seconds; nothing was written, try again",
      "le registre est resté verrouillé par un autre processus pendant 10 secondes ; rien n'a été écrit, réessayez"
    ),
    (
      "the registry is already served by process 4242 at 127.0.0.1:8443; one server owns a registry: stop it first, or use it as a client with --server",
      "le registre est déjà servi par le processus 4242 à 127.0.0.1:8443 ; un seul serveur détient un registre : arrêtez-le d'abord, ou utilisez-le en client avec --server"
    ),
    (
      "the registry is already served; one server owns a registry: stop it first, or use it as a client with --server",
      "le registre est déjà servi ; un seul serveur détient un registre : arrêtez-le d'abord, ou utilisez-le en client avec --server"
    ),
    (
      "/srv/egide/registry.sqlite is served by egide serve (process 4242, https://127.0.0.1:8443); use it as a client: --server https://127.0.0.1:8443 with your token",
      "/srv/egide/registry.sqlite est servi par egide serve (processus 4242, https://127.0.0.1:8443) ; utilisez-le en client : --server https://127.0.0.1:8443 avec votre jeton"
    ),
    (
      "/srv/egide/registry.sqlite is served by egide serve (process 4242), which holds its key; stop the server first: this command needs the registry to itself",
      "/srv/egide/registry.sqlite est servi par egide serve (processus 4242), qui détient sa clé ; arrêtez d'abord le serveur : cette commande a besoin du registre pour elle seule"
    ),
    (
      "cannot create the lock file /srv/egide/registry.sqlite.serve: permission denied; check the folder's permissions",
      "impossible de créer le fichier de verrou /srv/egide/registry.sqlite.serve : permission denied ; vérifiez les droits du dossier"
    ),
    (
      "cannot read /srv/egide/registry.sqlite; check its permissions",
      "impossible de lire /srv/egide/registry.sqlite ; vérifiez ses droits"
    ),
    (
      "migration 7 (notices) differs from the one applied to this registry; restore the original Migrations/ file or use the egide that created the registry",
      "la migration 7 (notices) diffère de celle appliquée à ce registre ; restaurez le fichier Migrations/ d'origine ou utilisez l'egide qui a créé le registre"
    ),
    (
      "a stored value cannot be read (dataCorrupted); run 'egide doctor' or restore a backup",
      "une valeur conservée ne peut pas être lue (dataCorrupted) ; lancez « egide doctor » ou restaurez une sauvegarde"
    ),
    (
      "this value was purged under the retention policy; only the anonymous facts remain",
      "cette valeur a été purgée en application de la politique de conservation ; seuls les faits anonymes demeurent"
    ),

    // The registry key.
    (
      "no registry key at /home/alice/egide.key; set $EGIDE_KEY_FILE or key_file in the config to the key file made by 'egide init', or restore it with 'egide key restore'",
      "aucune clé de registre à /home/alice/egide.key ; indiquez dans $EGIDE_KEY_FILE ou dans key_file (configuration) le fichier de clé créé par « egide init », ou restaurez-le avec « egide key restore »"
    ),
    (
      "the key given (fingerprint 075c8d0b13275840) is not the key of /tmp/fm/r.sqlite (fingerprint 960308b22e0c9b80); nothing was read or written: give the right key file, or restore it with 'egide key restore'",
      "la clé donnée (empreinte 075c8d0b13275840) n'est pas celle de /tmp/fm/r.sqlite (empreinte 960308b22e0c9b80) ; rien n'a été lu ni écrit : donnez le bon fichier de clé, ou restaurez-le avec « egide key restore »"
    ),
    (
      "identities in this registry are sealed and this command needs them: give the registry key file with $EGIDE_KEY_FILE or key_file in the config",
      "les identités de ce registre sont scellées et cette commande en a besoin : donnez le fichier de clé du registre avec $EGIDE_KEY_FILE ou key_file dans la configuration"
    ),
    (
      "identities in this registry are sealed and rotating the key needs them: give the registry key file with $EGIDE_KEY_FILE or key_file in the config",
      "les identités de ce registre sont scellées et le changement de clé en a besoin : donnez le fichier de clé du registre avec $EGIDE_KEY_FILE ou key_file dans la configuration"
    ),
    (
      "the key file /tmp/fm/k2/link.key is a symbolic link; Égide reads a key only from the file itself: point $EGIDE_KEY_FILE or key_file at the file the link leads to, or move that file to /tmp/fm/k2/link.key",
      "le fichier de clé /tmp/fm/k2/link.key est un lien symbolique ; Égide ne lit une clé que dans le fichier lui-même : faites pointer $EGIDE_KEY_FILE ou key_file vers le fichier visé par le lien, ou déplacez ce fichier à /tmp/fm/k2/link.key"
    ),
    (
      "the key file /tmp/fm/k2 is not a regular file; give the path of the key file made by 'egide init'",
      "le fichier de clé /tmp/fm/k2 n'est pas un fichier ordinaire ; donnez le chemin du fichier de clé créé par « egide init »"
    ),
    (
      "the key file /srv/egide/egide.key belongs to user id 1001, not to you (user id 1000): its owner may know the key; make a key of your own with 'egide key restore' from your backup, or have it moved to you with 'chown 1000 /srv/egide/egide.key'",
      "le fichier de clé /srv/egide/egide.key appartient à l'uid 1001, pas à vous (uid 1000) : son propriétaire peut connaître la clé ; faites-vous votre propre clé avec « egide key restore » depuis votre sauvegarde, ou faites-vous-la attribuer avec « chown 1000 /srv/egide/egide.key »"
    ),
    (
      "the key file /tmp/fm/k2/o644.key has mode 644: others than its owner may read or change it; run 'chmod 600 /tmp/fm/k2/o644.key' and keep it private",
      "le fichier de clé /tmp/fm/k2/o644.key a les droits 644 : d'autres que son propriétaire peuvent le lire ou le modifier ; lancez « chmod 600 /tmp/fm/k2/o644.key » et gardez-le privé"
    ),
    (
      "cannot examine the folder /srv/egide of the key file /srv/egide/egide.key: Permission denied",
      "impossible d'examiner le dossier /srv/egide du fichier de clé /srv/egide/egide.key : Permission denied"
    ),
    (
      "the folder /srv/shared of the key file /srv/shared/egide.key belongs to user id 0: its owner can replace the key; keep the key in a folder of your own (mkdir -m 700 DIR and move the key there)",
      "le dossier /srv/shared du fichier de clé /srv/shared/egide.key appartient à l'uid 0 : son propriétaire peut remplacer la clé ; gardez la clé dans un dossier à vous (mkdir -m 700 DOSSIER, puis déplacez-y la clé)"
    ),
    (
      "the folder /srv/shared of the key file /srv/shared/egide.key has mode 777: others can replace the key in it; run 'chmod go-w /srv/shared' or move the key to a folder of your own (mkdir -m 700 DIR)",
      "le dossier /srv/shared du fichier de clé /srv/shared/egide.key a les droits 777 : d'autres peuvent y remplacer la clé ; lancez « chmod go-w /srv/shared » ou déplacez la clé dans un dossier à vous (mkdir -m 700 DOSSIER)"
    ),
    (
      "cannot read the key file /srv/egide/egide.key: Permission denied",
      "impossible de lire le fichier de clé /srv/egide/egide.key : Permission denied"
    ),
    (
      "cannot read the key file /tmp/fm/k/bad.key",
      "impossible de lire le fichier de clé /tmp/fm/k/bad.key"
    ),
    (
      "/tmp/fm/k2/txt.key is not an Égide key file (it should start with 'egide-registry-key-v1')",
      "/tmp/fm/k2/txt.key n'est pas un fichier de clé Égide (il devrait commencer par 'egide-registry-key-v1')"
    ),
    (
      "notes.txt is not an Égide key backup (it should start with 'egide-key-backup-v1')",
      "notes.txt n'est pas une sauvegarde de clé Égide (elle devrait commencer par 'egide-key-backup-v1')"
    ),
    (
      "a registry key is 32 bytes; this one has 16",
      "une clé de registre fait 32 octets ; celle-ci en fait 16"
    ),
    (
      "a file already exists at /home/alice/egide.key; Égide never overwrites a key file: choose another path or move that file away yourself",
      "un fichier existe déjà à /home/alice/egide.key ; Égide n'écrase jamais un fichier de clé : choisissez un autre chemin ou déplacez vous-même ce fichier"
    ),
    (
      "cannot create the key file /etc/egide.key: Permission denied",
      "impossible de créer le fichier de clé /etc/egide.key : Permission denied"
    ),
    (
      "cannot write the key file /home/alice/egide.key",
      "impossible d'écrire le fichier de clé /home/alice/egide.key"
    ),
    (
      "/srv/egide/registry.sqlite is already sealed under a key; to change the key use 'egide key rotate'",
      "/srv/egide/registry.sqlite est déjà scellé sous une clé ; pour changer de clé, utilisez « egide key rotate »"
    ),
    (
      "/tmp/fm/r.sqlite is already sealed; to change its key use 'egide key rotate'",
      "/tmp/fm/r.sqlite est déjà scellé ; pour changer sa clé, utilisez « egide key rotate »"
    ),
    (
      "/srv/egide/registry.sqlite is not sealed yet; seal it first with 'egide key seal'",
      "/srv/egide/registry.sqlite n'est pas encore scellé ; scellez-le d'abord avec « egide key seal »"
    ),
    (
      "/srv/egide/registry.sqlite is not sealed yet: seal it first with 'egide key seal'",
      "/srv/egide/registry.sqlite n'est pas encore scellé ; scellez-le d'abord avec « egide key seal »"
    ),
    (
      "the registry is sealed under the key in /home/alice/egide.key.new (a rotation was interrupted) but it cannot replace /home/alice/egide.key: move it there yourself",
      "le registre est scellé sous la clé de /home/alice/egide.key.new (un changement de clé a été interrompu) mais elle ne peut pas remplacer /home/alice/egide.key : déplacez-la vous-même"
    ),
    (
      "the registry is now sealed under /home/alice/egide.key.new but it cannot replace /home/alice/egide.key: move it there yourself",
      "le registre est désormais scellé sous /home/alice/egide.key.new mais cette clé ne peut pas remplacer /home/alice/egide.key : déplacez-la vous-même"
    ),
    (
      "the passphrase has 8 characters; at least 16 are accepted (a few unrelated words make a good one)",
      "la phrase secrète compte 8 caractères ; il en faut au moins 16 (quelques mots sans rapport entre eux en font une bonne)"
    ),
    (
      "the passphrase does not open this key backup (or the backup was altered); check the passphrase and try again",
      "la phrase secrète n'ouvre pas cette sauvegarde de clé (ou la sauvegarde a été altérée) ; vérifiez la phrase secrète et réessayez"
    ),
    (
      "the key backup is damaged",
      "la sauvegarde de clé est endommagée"
    ),
    (
      "--passphrase-file pass.txt is empty; put the passphrase on its first line",
      "--passphrase-file pass.txt est vide ; mettez la phrase secrète sur sa première ligne"
    ),
    (
      "no terminal to ask the passphrase on; give --passphrase-file FILE (its first line is the passphrase)",
      "aucun terminal pour demander la phrase secrète ; donnez --passphrase-file FICHIER (sa première ligne est la phrase secrète)"
    ),
    (
      "no passphrase given",
      "aucune phrase secrète donnée"
    ),
    (
      "the two passphrases differ; nothing was written",
      "les deux phrases secrètes diffèrent ; rien n'a été écrit"
    ),

    // Backups, restores and checks.
    (
      "'/tmp/fm/r.sqlite' already exists; Égide never overwrites a file: give a new backup path",
      "'/tmp/fm/r.sqlite' existe déjà ; Égide n'écrase jamais un fichier : donnez un nouveau chemin de sauvegarde"
    ),
    (
      "no backup at /tmp/fm/nope.bak; give the path of a file written by 'egide backup'",
      "aucune sauvegarde à /tmp/fm/nope.bak ; donnez le chemin d'un fichier écrit par « egide backup »"
    ),
    (
      "a file already exists at /srv/egide/registry.sqlite; restore never replaces a registry: move it away first (mv /srv/egide/registry.sqlite /srv/egide/registry.sqlite.old) or give another --db path",
      "un fichier existe déjà à /srv/egide/registry.sqlite ; la restauration ne remplace jamais un registre : déplacez-le d'abord (mv /srv/egide/registry.sqlite /srv/egide/registry.sqlite.old) ou donnez un autre chemin --db"
    ),
    (
      "/tmp/fm/run.sh is not an Égide backup (file is not a database); nothing was restored; give a file written by 'egide backup'",
      "/tmp/fm/run.sh n'est pas une sauvegarde Égide (file is not a database) ; rien n'a été restauré ; donnez un fichier écrit par « egide backup »"
    ),
    (
      "/media/usb/old.bak is not an Égide backup (no registry_info table); nothing was restored",
      "/media/usb/old.bak n'est pas une sauvegarde Égide (no registry_info table) ; rien n'a été restauré"
    ),
    (
      "/srv/egide/registry.sqlite has a write-ahead log (/srv/egide/registry.sqlite-wal): it is a registry in use, not a backup; copy it with 'egide backup' and restore that copy",
      "/srv/egide/registry.sqlite a un journal d'écriture (/srv/egide/registry.sqlite-wal) : c'est un registre en service, pas une sauvegarde ; copiez-le avec « egide backup » et restaurez cette copie"
    ),
    (
      "/media/usb/2026-11.bak fails the checks of 'egide doctor' (no schema); nothing was restored; use another backup",
      "/media/usb/2026-11.bak échoue aux contrôles de « egide doctor » (no schema) ; rien n'a été restauré ; utilisez une autre sauvegarde"
    ),
    (
      "the backup copy fails its checks (integrity_check: page 12 is never used); nothing was kept at /media/usb/2026-12.bak; run 'egide doctor' on the registry",
      "la copie de sauvegarde échoue à ses contrôles (integrity_check: page 12 is never used) ; rien n'a été conservé à /media/usb/2026-12.bak ; lancez « egide doctor » sur le registre"
    ),
    (
      "the backup copy holds 41 cases and 310 events but the registry held 42 and 315; nothing was kept at /media/usb/2026-12.bak; try again",
      "la copie de sauvegarde contient 41 dossiers et 310 événements mais le registre en contenait 42 et 315 ; rien n'a été conservé à /media/usb/2026-12.bak ; réessayez"
    ),
    (
      "/srv/egide/registry.sqlite fails 2 check(s) (integrity, chains); restore it from a backup: egide restore BACKUP --db NEW_PATH",
      "/srv/egide/registry.sqlite échoue à 2 contrôle(s) (integrity, chains) ; restaurez-le depuis une sauvegarde : egide restore SAUVEGARDE --db NOUVEAU_CHEMIN"
    ),
    (
      "/srv/egide/registry.sqlite is damaged (2 pages unreadable); run 'egide doctor' for the details, then restore the last backup with 'egide restore'",
      "/srv/egide/registry.sqlite est endommagé (2 pages unreadable) ; lancez « egide doctor » pour le détail, puis restaurez la dernière sauvegarde avec « egide restore »"
    ),
    (
      "cannot create /media/usb/2026-12.bak: No such file or directory; check the folder exists and is writable",
      "impossible de créer /media/usb/2026-12.bak : No such file or directory ; vérifiez que le dossier existe et qu'il est accessible en écriture"
    ),
    (
      "cannot create /srv/egide/registry.sqlite: Permission denied",
      "impossible de créer /srv/egide/registry.sqlite : Permission denied"
    ),

    // Servers, tokens and logging in.
    (
      "no server to log in to: give --server https://HOST:PORT (or set $EGIDE_SERVER, or server in the config file)",
      "aucun serveur auquel se connecter : donnez --server https://HÔTE:PORT (ou définissez $EGIDE_SERVER, ou server dans le fichier de configuration)"
    ),
    (
      "no token given; nothing was written",
      "aucun jeton donné ; rien n'a été écrit"
    ),
    (
      "cannot write the token file /home/bob/.config/egide/token; check its folder",
      "impossible d'écrire le fichier de jeton /home/bob/.config/egide/token ; vérifiez son dossier"
    ),
    (
      "cannot remove the token file /home/bob/.config/egide/token",
      "impossible de supprimer le fichier de jeton /home/bob/.config/egide/token"
    ),
    (
      "no token for https://example.invalid:8443: run 'egide login' (an admin gives you a token with 'egide user token create'), or set $EGIDE_TOKEN",
      "aucun jeton pour https://example.invalid:8443 : lancez « egide login » (un administrateur vous donne un jeton avec « egide user token create »), ou définissez $EGIDE_TOKEN"
    ),
    (
      "the token file /home/bob/.config/egide/token may be read by others (mode 644); run 'chmod 600 /home/bob/.config/egide/token', and revoke the token if others could have read it",
      "le fichier de jeton /home/bob/.config/egide/token peut être lu par d'autres (droits 644) ; lancez « chmod 600 /home/bob/.config/egide/token », et révoquez le jeton si d'autres ont pu le lire"
    ),
    (
      "server 'http://example.org:80' is plain http on another host: the names you ask for would cross the network in clear; use https://",
      "le serveur 'http://example.org:80' est en http simple sur un autre hôte : les noms que vous demandez traverseraient le réseau en clair ; utilisez https://"
    ),
    (
      "server 'ftp://x' is not a server address; accepted: https://HOST:PORT, http://127.0.0.1:PORT or unix:/path/to/socket",
      "le serveur 'ftp://x' n'est pas une adresse de serveur ; acceptées : https://HÔTE:PORT, http://127.0.0.1:PORT ou unix:/chemin/du/socket"
    ),
    (
      "cannot reach the server at https://127.0.0.1:1 (connection reset (error set): Connection refused) (errno: 111)); check --server and that 'egide serve' runs there",
      "impossible de joindre le serveur https://127.0.0.1:1 (connection reset (error set): Connection refused) (errno: 111)) ; vérifiez --server et que « egide serve » y tourne"
    ),
    (
      "the server at https://egide.example:8443 is not trusted: its certificate does not verify (self signed certificate); give the certificate of its authority with --ca-cert or $EGIDE_CA_CERT",
      "le serveur https://egide.example:8443 n'est pas de confiance : son certificat ne se vérifie pas (self signed certificate) ; donnez le certificat de son autorité avec --ca-cert ou $EGIDE_CA_CERT"
    ),
    (
      "ca-cert 'ca.pem' is not a readable PEM certificate; give the certificate of the authority that signed the server's",
      "ca-cert 'ca.pem' n'est pas un certificat PEM lisible ; donnez le certificat de l'autorité qui a signé celui du serveur"
    ),
    (
      "the server at https://egide.example:8443 answered HTTP 502 without saying why; check --server points at an egide server",
      "le serveur https://egide.example:8443 a répondu HTTP 502 sans en donner la raison ; vérifiez que --server désigne un serveur egide"
    ),
    (
      "the server at https://egide.example:8443 sent a file without its facts; use an egide of the server's version",
      "le serveur https://egide.example:8443 a envoyé un fichier sans ses métadonnées ; utilisez un egide de la même version que le serveur"
    ),
    (
      "the server at https://egide.example:8443 answered with a document this egide cannot read (keyNotFound); use an egide of the server's version",
      "le serveur https://egide.example:8443 a répondu par un document que cet egide ne sait pas lire (keyNotFound) ; utilisez un egide de la même version que le serveur"
    ),
    (
      "this command works on the registry file, on the host that holds it: run it there without --server",
      "cette commande agit sur le fichier du registre, sur la machine qui le détient : lancez-la là-bas, sans --server"
    ),
    (
      "give --listen HOST:PORT (with --tls-cert and --tls-key) or --socket PATH",
      "donnez --listen HÔTE:PORT (avec --tls-cert et --tls-key) ou --socket CHEMIN"
    ),
    (
      "give --listen or --socket, not both",
      "donnez --listen ou --socket, pas les deux"
    ),
    (
      "--from and --to go together; give both",
      "--from et --to vont ensemble ; donnez les deux"
    ),
    (
      "--tls-cert and --tls-key go together; give both",
      "--tls-cert et --tls-key vont ensemble ; donnez les deux"
    ),
    (
      "listen 'localhost' is not HOST:PORT; accepted: such as 127.0.0.1:8443 or [::1]:8443",
      "listen 'localhost' n'est pas de la forme HÔTE:PORT ; acceptés : par exemple 127.0.0.1:8443 ou [::1]:8443"
    ),
    (
      "/srv/egide/registry.sqlite is not sealed under a key; a served registry must be: seal it with 'egide key seal' first",
      "/srv/egide/registry.sqlite n'est pas scellé sous une clé ; un registre servi doit l'être : scellez-le d'abord avec « egide key seal »"
    ),
    (
      "/srv/egide/registry.sqlite has no enabled admin; add one with 'egide user add NAME --role admin' before serving it",
      "/srv/egide/registry.sqlite n'a aucun administrateur actif ; ajoutez-en un avec « egide user add NOM --role admin » avant de le servir"
    ),
    (
      "no registry at /srv/egide/registry.sqlite; give the registry with --db and its key with $EGIDE_KEY_FILE or key_file",
      "aucun registre à /srv/egide/registry.sqlite ; donnez le registre avec --db et sa clé avec $EGIDE_KEY_FILE ou key_file"
    ),
    (
      "no registry key at /srv/egide/egide.key; give the registry with --db and its key with $EGIDE_KEY_FILE or key_file",
      "aucune clé de registre à /srv/egide/egide.key ; donnez le registre avec --db et sa clé avec $EGIDE_KEY_FILE ou key_file"
    ),
    (
      "the registry key /srv/egide/egide.key has mode 640: others than its owner may read or write it; run 'chmod 600 /srv/egide/egide.key' and serve it from its own account",
      "la clé de registre /srv/egide/egide.key a les droits 640 : d'autres que son propriétaire peuvent la lire ou l'écrire ; lancez « chmod 600 /srv/egide/egide.key » et servez le registre depuis son propre compte"
    ),
    (
      "the registry /srv/egide/registry.sqlite has mode 644: others than its owner may read or write it; run 'chmod 600 /srv/egide/registry.sqlite' and serve it from its own account",
      "le registre /srv/egide/registry.sqlite a les droits 644 : d'autres que son propriétaire peuvent le lire ou l'écrire ; lancez « chmod 600 /srv/egide/registry.sqlite » et servez-le depuis son propre compte"
    ),

    // The configuration file.
    (
      "the configuration file '/etc/egide.conf' is not UTF-8 text; save it as UTF-8",
      "le fichier de configuration '/etc/egide.conf' n'est pas du texte UTF-8 ; enregistrez-le en UTF-8"
    ),
    (
      "/etc/egide.conf:4: expected key = value, found 'db /srv/egide/registry.sqlite'",
      "/etc/egide.conf:4 : attendu clé = valeur, trouvé 'db /srv/egide/registry.sqlite'"
    ),
    (
      "notices.follow_up_days '7j' in /etc/egide.conf is not a number of days; accepted: 1 to 60",
      "notices.follow_up_days '7j' dans /etc/egide.conf n'est pas un nombre de jours ; acceptés : de 1 à 60"
    ),
    (
      "deadlines.critical 'deux' in /etc/egide.conf is not a number of working days; accepted: 0 to 60",
      "deadlines.critical 'deux' dans /etc/egide.conf n'est pas un nombre de jours ouvrés ; acceptés : de 0 à 60"
    ),
    (
      "retention.years '5 ans' in /etc/egide.conf is not a number of years; accepted: 1 to 30",
      "retention.years '5 ans' dans /etc/egide.conf n'est pas un nombre d'années ; acceptés : de 1 à 30"
    ),
    (
      "limits.import_file_bytes '32M' in /etc/egide.conf is not a number of bytes; accepted: 1 to 134217728",
      "limits.import_file_bytes '32M' dans /etc/egide.conf n'est pas un nombre d'octets ; acceptés : de 1 à 134217728"
    ),
    (
      "limits.scan_files '0' in /etc/egide.conf is not a number of files; accepted: 1 to 1000",
      "limits.scan_files '0' dans /etc/egide.conf n'est pas un nombre de fichiers ; acceptés : de 1 à 1000"
    ),
    (
      "notices.trusted_flagger_organisation '' in /etc/egide.conf is not an organisation's name; accepted: the name Arcom designated, 1 to 200 characters",
      "notices.trusted_flagger_organisation '' dans /etc/egide.conf n'est pas le nom d'une organisation ; accepté : le nom désigné par l'Arcom, de 1 à 200 caractères"
    ),
    (
      "retention.years '50' is not accepted; accepted: a number of years from 1 to 30",
      "retention.years : valeur '50' refusée ; acceptée : un nombre d'années de 1 à 30"
    ),

    // Summaries.
    (
      "give exactly one period: --month YYYY-MM, --quarter YYYY-Qn, --year YYYY, or --from DATE --to DATE",
      "donnez une seule période : --month AAAA-MM, --quarter AAAA-Qn, --year AAAA, ou --from DATE --to DATE"
    ),
    (
      "period 2026-12 has not ended (its last day is 2026-12-31): a summary now would read as complete; add --provisional to make one marked provisional on every page, or give a period that has ended",
      "la période 2026-12 n'est pas terminée (son dernier jour est le 2026-12-31) : une synthèse établie maintenant passerait pour complète ; ajoutez --provisional pour en produire une marquée provisoire sur chaque page, ou donnez une période terminée"
    ),
    (
      "min-cell 3 is below 11; add --internal to make an internal document not for circulation",
      "min-cell 3 est inférieur à 11 ; ajoutez --internal pour produire un document interne, non destiné à la diffusion"
    ),
    (
      "1 figure of this summary (first cases.total) changed since summary 2026-12 published them on 2026-12-03 09:15: the difference between the editions would show what changed; add --supersede to publish this edition in place of that one (2026-12 has not ended: its figures change until it does)",
      "1 chiffre(s) de cette synthèse (à commencer par cases.total) ont changé depuis que la synthèse 2026-12 les a publiés le 2026-12-03 09:15 : l'écart entre les éditions révélerait ce qui a changé ; ajoutez --supersede pour publier cette édition à la place de celle-là (la période 2026-12 n'est pas terminée : ses chiffres changeront d'ici là)"
    ),
    (
      "3 figures of this summary (first cases.by_kind.threat) changed since summary 2026-11 published them on 2026-12-01 10:00: the difference between the editions would show what changed; add --supersede to publish this edition in place of that one",
      "3 chiffre(s) de cette synthèse (à commencer par cases.by_kind.threat) ont changé depuis que la synthèse 2026-11 les a publiés le 2026-12-01 10:00 : l'écart entre les éditions révélerait ce qui a changé ; ajoutez --supersede pour publier cette édition à la place de celle-là"
    ),
    (
      "4 figures of this summary (first cases.total) changed since summary 2026-Q4 published them on 2026-12-02 08:00: the difference between the editions would show what changed; add --supersede to publish this edition in place of those 2 (2026-Q4 has not ended: its figures change until it does)",
      "4 chiffre(s) de cette synthèse (à commencer par cases.total) ont changé depuis que la synthèse 2026-Q4 les a publiés le 2026-12-02 08:00 : l'écart entre les éditions révélerait ce qui a changé ; ajoutez --supersede pour publier cette édition à la place de ces 2 éditions (la période 2026-Q4 n'est pas terminée : ses chiffres changeront d'ici là)"
    ),
    (
      "5 figures of this summary (first measures.granted) changed since summary 2026-10 published them on 2026-11-02 08:00: the difference between the editions would show what changed; add --supersede to publish this edition in place of those 2",
      "5 chiffre(s) de cette synthèse (à commencer par measures.granted) ont changé depuis que la synthèse 2026-10 les a publiés le 2026-11-02 08:00 : l'écart entre les éditions révélerait ce qui a changé ; ajoutez --supersede pour publier cette édition à la place de ces 2 éditions"
    ),
    (
      "the summaries published do not add up with the registry as it is; publish the periods that changed again with --supersede",
      "les synthèses publiées ne concordent plus avec le registre tel qu'il est ; publiez de nouveau avec --supersede les périodes qui ont changé"
    ),

    // The command line.
    (
      "the command line is not valid",
      "la ligne de commande n'est pas valide"
    ),
  ]
}
