extension FrenchMessages {
  /// The rules, most specific first: the first that matches wins.
  ///
  /// A value the English quotes keeps its quotes ('…'); flags, codes,
  /// references and paths are kept as the message wrote them.
  static let rules: [Rule] = [
    Rule(
      #"--csv-dialect '(.*)' applies to CSV only, and the format is (\S+); add --format csv, or leave out --csv-dialect"#,
      "--csv-dialect « $1 » ne vaut que pour le CSV, et le format est $2 ; ajoutez --format csv, ou retirez --csv-dialect"
    ),
    // Where the appeal of a refused occultation stands (`show`).
    Rule(
      #"appeal open until (\S+) \((\d+) days left, COJ R111-13\)"#,
      "recours possible jusqu'au $1 ($2 jours restants, COJ R111-13)"),
    Rule(
      #"appealed on (\S+) to (.+), awaiting the ruling"#,
      "recours formé le $1 devant $2, décision attendue"),
    // Cases: references, lifecycle, assignment, severity.
    Rule(
      #"no case (\S+) in this registry; the list of cases gives their references"#,
      "aucun dossier $1 dans ce registre ; la liste des dossiers donne leurs références"
    ),
    Rule(
      #"no case (\S+) in this registry"#,
      "aucun dossier $1 dans ce registre"
    ),
    Rule(
      #"invalid (.+?) '(.*)'; expected YEAR-NUMBER such as 2026-0042"#,
      "$1 : référence invalide '$2' ; attendu : ANNÉE-NUMÉRO, par exemple 2026-0042"
    ),
    Rule(
      #"invalid (.+?) '(.*)'; expected an identifier such as (\S+)"#,
      "$1 : identifiant invalide '$2' ; attendu : un identifiant comme $3"
    ),
    Rule(
      #"cannot (.+?) case (\S+): it is (.+?) \(assess it first\); allowed next: (.*)"#,
      "impossible d'exécuter $1 sur le dossier $2 : il est au statut $3 (évaluez-le d'abord avec assess) ; actions possibles : $4"
    ),
    Rule(
      #"cannot (.+?) case (\S+): it is (.+?); allowed next: (.*)"#,
      "impossible d'exécuter $1 sur le dossier $2 : il est au statut $3 ; actions possibles : $4"
    ),
    Rule(
      #"case (\S+) is already assigned to (.+); nothing to change"#,
      "le dossier $1 est déjà attribué à $2 ; rien à changer"
    ),
    Rule(
      #"severity '(.*)' is below '(.*)', the least the factors (.+) allow; give (\S+) or higher"#,
      "la gravité '$1' est inférieure à '$2', le minimum qu'imposent les facteurs $3 ; donnez $4 ou plus"
    ),
    Rule(
      #"duplicate-of is missing; a duplicate must name the case it repeats \((--[a-z\-]+) (\S+)\)"#,
      "duplicate-of manquant ; un doublon doit désigner le dossier qu'il reprend ($1 $2)"
    ),
    Rule(
      #"duplicate-of '(.*)' is this very case; name the case it repeats"#,
      "duplicate-of '$1' désigne ce dossier lui-même ; désignez le dossier qu'il reprend"
    ),
    Rule(
      #"duplicate-of is only accepted with (--[a-z\-]+) duplicate"#,
      "duplicate-of n'est accepté qu'avec $1 duplicate"
    ),
    Rule(
      #"duplicate-of (\S+) is not a case of this registry; give the reference of the case this one repeats"#,
      "duplicate-of $1 n'est pas un dossier de ce registre ; donnez la référence du dossier que celui-ci reprend"
    ),
    Rule(
      #"duplicate-of (\S+) is itself closed as a duplicate of (\S+); give (--[a-z\-]+) (\S+)"#,
      "duplicate-of $1 est lui-même classé comme doublon de $2 ; donnez $3 $4"
    ),
    Rule(
      #"the identities of case (\S+) were already purged"#,
      "les identités du dossier $1 ont déjà été purgées"
    ),
    Rule(
      #"case (\S+) is (\S+) and cannot be purged: only cases resolved or closed more than (\d+) years ago are"#,
      "le dossier $1 est au statut $2 et ne peut pas être purgé : seuls peuvent l'être les dossiers résolus ou classés depuis plus de $3 ans"
    ),

    // Reporting a case: targets, kinds, channel, platform.
    Rule(
      #"missing required fields: (.+); give them on the command line \(egide report --help\)"#,
      "champs obligatoires manquants : $1 ; donnez-les sur la ligne de commande (egide report --help)"
    ),
    Rule(
      #"missing required fields: (.+) \(input ended\)"#,
      "champs obligatoires manquants : $1 (fin de la saisie)"
    ),
    Rule(
      #"--role and --function describe a --target; give --target NAME"#,
      "--role et --function décrivent une --target ; donnez --target NOM"
    ),
    Rule(
      #"role is given (\d+) times for (\d+) targets; give one --role per --target, or one for all"#,
      "le rôle est donné $1 fois pour $2 cibles ; donnez un --role par --target, ou un seul pour toutes"
    ),
    Rule(
      #"function is given (\d+) times for (\d+) targets; give one per --target \('-' for none\) or none"#,
      "la fonction est donnée $1 fois pour $2 cibles ; donnez-en une par --target ('-' pour aucune) ou aucune"
    ),
    Rule(
      #"target role 'family' needs the staff member it relates to in the same report; add them to (--[a-z\-]+) with a role judge, prosecutor, clerk, staff or trainee, or to (--[a-z\-]+)"#,
      "le rôle de cible 'family' suppose de signaler dans le même dossier le membre du personnel concerné ; ajoutez-le avec $1 et un rôle judge, prosecutor, clerk, staff ou trainee, ou avec $2"
    ),
    Rule(
      #"function '(.*)' given for a family member; a function is only accepted for judicial staff"#,
      "fonction '$1' donnée pour un membre de la famille ; une fonction n'est acceptée que pour le personnel judiciaire"
    ),
    Rule(
      #"kind is empty; give at least one"#,
      "kind : valeur vide ; donnez-en au moins une"
    ),
    Rule(
      #"target is missing; give (--[a-z\-]+) \(a name and a role\) or (--[a-z\-]+)"#,
      "cible manquante ; donnez $1 (un nom et un rôle) ou $2"
    ),
    Rule(
      #"kinds is missing; accepted, separated by ';': (.+)"#,
      "kinds : valeur manquante ; valeurs acceptées, séparées par ';' : $1"
    ),
    Rule(
      #"(\S+) is missing; accepted: (.+)"#,
      "$1 : valeur manquante ; valeurs acceptées : $2"
    ),
    Rule(
      #"platform '(.*)' given for channel '(.*)'; a platform is accepted only with channel social_network, messaging, broadcast, press or other"#,
      "plateforme '$1' donnée pour le canal '$2' ; une plateforme n'est acceptée qu'avec les canaux social_network, messaging, broadcast, press ou other"
    ),
    Rule(
      #"person (\S+) is not in the registry; check the identifier in one of their cases"#,
      "la personne $1 n'est pas dans le registre ; vérifiez l'identifiant dans l'un de ses dossiers"
    ),
    Rule(
      #"person (\S+) is not in the registry; give target_name and target_role to register someone new"#,
      "la personne $1 n'est pas dans le registre ; donnez target_name et target_role pour enregistrer une nouvelle personne"
    ),

    // Values: courts, closed lists, free text.
    Rule(
      #"unknown (.+?) '(.*)'; accepted: a code or a name from the reference list of (\d+) courts \(e\.g\. tj93008, Bobigny, ca_paris\) \(did you mean (.+)\?\)"#,
      "$1 : juridiction inconnue '$2' ; acceptés : un code ou un nom de la liste de référence des $3 juridictions (par ex. tj93008, Bobigny, ca_paris) (vouliez-vous dire $4 ?)"
    ),
    Rule(
      #"unknown (.+?) '(.*)'; accepted: a code or a name from the reference list of (\d+) courts \(e\.g\. tj93008, Bobigny, ca_paris\)"#,
      "$1 : juridiction inconnue '$2' ; acceptés : un code ou un nom de la liste de référence des $3 juridictions (par ex. tj93008, Bobigny, ca_paris)"
    ),
    Rule(
      #"(.+?) '(.*)' is ambiguous: it may be (.+); give the code"#,
      "$1 : '$2' est ambigu, il peut s'agir de $3 ; donnez le code"
    ),
    Rule(
      #"(.+?) is empty; give a court code such as tj93008 or a name such as Bobigny"#,
      "$1 : valeur vide ; donnez un code de juridiction comme tj93008 ou un nom comme Bobigny"
    ),
    Rule(
      #"(.+?) '(.*)' is (\S+) \((.+)\), not a cour d'appel; give one such as ca_paris or Douai"#,
      "$1 : '$2' est $3 ($4), pas une cour d'appel ; donnez-en une comme ca_paris ou Douai"
    ),
    Rule(
      #"unknown timezone '(.*)'; accepted: an IANA name such as Europe/Paris or America/Cayenne"#,
      "fuseau horaire inconnu '$1' ; accepté : un nom IANA comme Europe/Paris ou America/Cayenne"
    ),
    Rule(
      #"unknown lang '(.*)' in the configuration file; accepted: (.+)"#,
      "langue inconnue '$1' dans le fichier de configuration ; valeurs acceptées : $2"
    ),
    Rule(
      #"unknown (.+?) '(.*)'; accepted: (.+) \(did you mean '(.*)'\?\)"#,
      "$1 : valeur inconnue '$2' ; valeurs acceptées : $3 (vouliez-vous dire '$4' ?)"
    ),
    Rule(
      #"unknown (.+?) '(.*)'; accepted: (.+)"#,
      "$1 : valeur inconnue '$2' ; valeurs acceptées : $3"
    ),
    Rule(
      #"(.+?) is empty; give a non-empty text"#,
      "$1 : texte vide ; donnez un texte non vide"
    ),
    Rule(
      #"(.+?) is (\d+) characters long; at most (\d+) are accepted"#,
      "$1 : texte de $2 caractères ; $3 au plus sont acceptés"
    ),
    Rule(
      #"(.+?) contains a line break, a control or an invisible character \((.+?)\) in '(.*)'; give one line of printable text"#,
      "$1 : saut de ligne, caractère de contrôle ou caractère invisible ($2) dans '$3' ; donnez une seule ligne de texte imprimable"
    ),
    Rule(
      #"(.+?) contains a control or an invisible character \((.+?)\) in '(.*)'; give printable text \(line breaks and tabs are accepted\)"#,
      "$1 : caractère de contrôle ou caractère invisible ($2) dans '$3' ; donnez un texte imprimable (sauts de ligne et tabulations acceptés)"
    ),
    Rule(
      #"(.+?) '(.*)' spans several lines; give one line"#,
      "$1 : '$2' tient sur plusieurs lignes ; donnez une seule ligne"
    ),
    Rule(
      #"(\S+) '(.*)' is not accepted; give 1 or more"#,
      "$1 : valeur '$2' refusée ; donnez 1 ou plus"
    ),

    // Dates and periods.
    Rule(
      #"invalid (.+?) '(.*)'; accepted: YYYY-MM-DD, YYYY-MM-DDTHH:MM, DD/MM/YYYY, DD/MM/YYYY HH:MM or YYYY-MM"#,
      "$1 : date invalide '$2' ; formats acceptés : AAAA-MM-JJ, AAAA-MM-JJTHH:MM, JJ/MM/AAAA, JJ/MM/AAAA HH:MM ou AAAA-MM"
    ),
    Rule(
      #"(.+?) '(.*)' is in the future; give a date up to today"#,
      "$1 : '$2' est dans le futur ; donnez une date au plus tard aujourd'hui"
    ),
    Rule(
      #"(.+?) '(.*)' does not exist in (\S+): the clocks go forward an hour that night; give the time before or after the change"#,
      "$1 : '$2' n'existe pas dans le fuseau $3 : les horloges avancent d'une heure cette nuit-là ; donnez une heure avant ou après le changement"
    ),
    Rule(
      #"(.+?) '(.*)' names a month; give a day such as (\S+) or a time such as (\S+ \S+)"#,
      "$1 : '$2' désigne un mois ; donnez un jour, par exemple $3, ou une heure, par exemple $4"
    ),
    Rule(
      #"(.+?) '(.*)' names a month; give a day such as (\S+)"#,
      "$1 : '$2' désigne un mois ; donnez un jour, par exemple $3"
    ),
    Rule(
      #"(.+?) '(.*)' is not a day; accepted: YYYY-MM-DD or DD/MM/YYYY"#,
      "$1 : '$2' n'est pas un jour ; formats acceptés : AAAA-MM-JJ ou JJ/MM/AAAA"
    ),
    Rule(
      #"occurred date is in the future; give a date up to today"#,
      "la date des faits est dans le futur ; donnez une date au plus tard aujourd'hui"
    ),
    Rule(
      #"notified date is in the future; give a date up to today"#,
      "la date de notification est dans le futur ; donnez une date au plus tard aujourd'hui"
    ),
    Rule(
      #"due date has already passed; give a date from today on"#,
      "l'échéance est déjà passée ; donnez une date à partir d'aujourd'hui"
    ),
    Rule(
      #"invalid month '(.*)'; expected YYYY-MM such as 2026-11"#,
      "mois invalide '$1' ; attendu : AAAA-MM, par exemple 2026-11"
    ),
    Rule(
      #"invalid quarter '(.*)'; expected YYYY-Qn such as 2026-Q4"#,
      "trimestre invalide '$1' ; attendu : AAAA-Qn, par exemple 2026-Q4"
    ),
    Rule(
      #"invalid year '(.*)'; expected YYYY such as 2026"#,
      "année invalide '$1' ; attendu : AAAA, par exemple 2026"
    ),
    Rule(
      #"from and to must be days such as 2026-11-01; got '(.*)' and '(.*)'"#,
      "from et to doivent être des jours comme 2026-11-01 ; reçu '$1' et '$2'"
    ),
    Rule(
      #"to '(.*)' is before from '(.*)'; give from ≤ to"#,
      "to '$1' est antérieur à from '$2' ; donnez from ≤ to"
    ),
    Rule(
      #"period (\S+) has not begun; give a period that starts today at the latest"#,
      "la période $1 n'a pas commencé ; donnez une période qui commence au plus tard aujourd'hui"
    ),
    Rule(
      #"EGIDE_NOW '(.*)' is not a date and time such as 2026-11-30T12:00Z"#,
      "EGIDE_NOW '$1' n'est pas une date et heure comme 2026-11-30T12:00Z"
    ),

    // Filters and lists.
    Rule(
      #"(--[a-z\-]+) cannot be combined with (--[a-z\-]+) or (--[a-z\-]+)"#,
      "$1 ne peut pas être combiné avec $2 ni avec $3"
    ),
    Rule(
      #"status '(.*)' is not an open status and (--[a-z\-]+) keeps open cases only; drop (--[a-z\-]+), or give open statuses: (.+)"#,
      "le statut '$1' n'est pas un statut ouvert et $2 ne garde que les dossiers ouverts ; retirez $3, ou donnez des statuts ouverts : $4"
    ),
    Rule(
      #"cursor '(.*)' is not a cursor of this list; give the nextCursor of the previous page, or none for the first"#,
      "le curseur '$1' n'est pas un curseur de cette liste ; donnez le nextCursor de la page précédente, ou aucun pour la première"
    ),
    Rule(
      #"cursor '(.*)' was given for other filters; start again without a cursor"#,
      "le curseur '$1' a été donné pour d'autres filtres ; recommencez sans curseur"
    ),
    Rule(
      #"(--[a-z\-]+) '(.*)' is not accepted; a campaign has 2 cases or more"#,
      "$1 : valeur '$2' refusée ; une campagne compte au moins 2 dossiers"
    ),
    Rule(
      #"(--[a-z\-]+) '(.*)' is not accepted; a burst has 2 authors or more"#,
      "$1 : valeur '$2' refusée ; un raid coordonné compte au moins 2 auteurs"
    ),
    Rule(
      #"(--[a-z\-]+) '(.*)' is not accepted; give (\d+) to (\d+) hours"#,
      "$1 : valeur '$2' refusée ; donnez de $3 à $4 heures"
    ),

    // Access refusals: unknown or disabled user, role, scope.
    Rule(
      #"'(.*)' is not a user of this registry; ask an admin((?: \([^()]*\))?) to add it as a user with a role \(the name comes from --actor, \$EGIDE_ACTOR or the system login; 'egide user add NAME --role ROLE' adds a user\)"#,
      #"'$1' n'est pas un utilisateur de ce registre ; demandez à un administrateur$2 de l'ajouter comme utilisateur avec un rôle (le nom vient de --actor, de \$EGIDE_ACTOR ou du login système ; « egide user add NOM --role RÔLE » ajoute un utilisateur)"#
    ),
    Rule(
      #"'(.*)' is not a user of this registry; ask an admin((?: \([^()]*\))?) to add it as a user with a role"#,
      "'$1' n'est pas un utilisateur de ce registre ; demandez à un administrateur$2 de l'ajouter comme utilisateur avec un rôle"
    ),
    Rule(
      #"user '(.*)' was disabled on (\S+) by an admin and may no longer act; ask an admin((?: \([^()]*\))?) if a new user is needed"#,
      "l'utilisateur '$1' a été désactivé le $2 par un administrateur et ne peut plus agir ; demandez à un administrateur$3 si un nouvel utilisateur est nécessaire"
    ),
    Rule(
      #"user '(.*)' was disabled on (\S+) by (.+?) and may no longer act; ask an admin((?: \([^()]*\))?) if a new user is needed"#,
      "l'utilisateur '$1' a été désactivé le $2 par $3 et ne peut plus agir ; demandez à un administrateur$4 si un nouvel utilisateur est nécessaire"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) and may not run '(.+?)': that is for (.+?); ask an admin((?: \([^()]*\))?) if you need it"#,
      "l'utilisateur '$1' a le rôle $2 et ne peut pas exécuter '$3' : c'est réservé aux rôles $4 ; demandez à un administrateur$5 si vous en avez besoin"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) and may not reveal identities: that is for (.+?); ask an admin((?: \([^()]*\))?) if you need it"#,
      "l'utilisateur '$1' a le rôle $2 et ne peut pas révéler les identités : c'est réservé aux rôles $3 ; demandez à un administrateur$4 si vous en avez besoin"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) and may not manage the registry key: that is for (.+?); ask an admin((?: \([^()]*\))?) if you need it"#,
      "l'utilisateur '$1' a le rôle $2 et ne peut pas gérer la clé du registre : c'est réservé aux rôles $3 ; demandez à un administrateur$4 si vous en avez besoin"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) and may not purge under the retention policy: that is for (.+?); ask an admin((?: \([^()]*\))?) if you need it"#,
      "l'utilisateur '$1' a le rôle $2 et ne peut pas purger au titre de la politique de conservation : c'est réservé aux rôles $3 ; demandez à un administrateur$4 si vous en avez besoin"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) for court (\S+) and may not act on case (\S+) at (.+), outside that scope; ask an admin((?: \([^()]*\))?) for a user whose scope holds it"#,
      "l'utilisateur '$1' a le rôle $2 pour la juridiction $3 et ne peut pas agir sur le dossier $4, à $5, hors de ce périmètre ; demandez à un administrateur$6 un utilisateur dont le périmètre le couvre"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) for court (\S+) and may not act on a case at (.+), outside that scope; ask an admin((?: \([^()]*\))?) for a user whose scope holds it"#,
      "l'utilisateur '$1' a le rôle $2 pour la juridiction $3 et ne peut pas agir sur un dossier à $4, hors de ce périmètre ; demandez à un administrateur$5 un utilisateur dont le périmètre le couvre"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) for court (\S+): (.+) is outside that scope; ask an admin((?: \([^()]*\))?) for a user whose scope holds it"#,
      "l'utilisateur '$1' a le rôle $2 pour la juridiction $3 : $4 est hors de ce périmètre ; demandez à un administrateur$5 un utilisateur dont le périmètre le couvre"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) for court (\S+): person (\S+) is registered outside that scope; register the person by name and role, or ask an admin((?: \([^()]*\))?)"#,
      "l'utilisateur '$1' a le rôle $2 pour la juridiction $3 : la personne $4 est enregistrée hors de ce périmètre ; enregistrez la personne par son nom et son rôle, ou demandez à un administrateur$5"
    ),
    Rule(
      #"user '(.*)' is limited to court (\S+) and an internal summary shows the small counts of every court; make the published summary \(without (--[a-z\-]+)\), or ask an admin((?: \([^()]*\))?)"#,
      "l'utilisateur '$1' est limité à la juridiction $2 et une synthèse interne montre les petits effectifs de toutes les juridictions ; produisez la synthèse publiée (sans $3), ou demandez à un administrateur$4"
    ),
    Rule(
      #"to: user '(.*)' is an? (\S+) for court (\S+), outside which this case lies; accepted: (.*) \(the list of users shows them all\)"#,
      "to : l'utilisateur '$1' a le rôle $2 pour la juridiction $3, hors de laquelle se trouve ce dossier ; utilisateurs possibles : $4 (la liste des utilisateurs les donne tous)"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) for ressort (\S+) and may not act on case (\S+) at (.+), outside that scope; ask an admin((?: \([^()]*\))?) for a user whose scope holds it"#,
      "l'utilisateur '$1' a le rôle $2 pour le ressort $3 et ne peut pas agir sur le dossier $4, à $5, hors de ce périmètre ; demandez à un administrateur$6 un utilisateur dont le périmètre le couvre"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) for ressort (\S+) and may not act on a case at (.+), outside that scope; ask an admin((?: \([^()]*\))?) for a user whose scope holds it"#,
      "l'utilisateur '$1' a le rôle $2 pour le ressort $3 et ne peut pas agir sur un dossier à $4, hors de ce périmètre ; demandez à un administrateur$5 un utilisateur dont le périmètre le couvre"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) for ressort (\S+): (.+) is outside that scope; ask an admin((?: \([^()]*\))?) for a user whose scope holds it"#,
      "l'utilisateur '$1' a le rôle $2 pour le ressort $3 : $4 est hors de ce périmètre ; demandez à un administrateur$5 un utilisateur dont le périmètre le couvre"
    ),
    Rule(
      #"user '(.*)' is an? (\S+) for ressort (\S+): person (\S+) is registered outside that scope; register the person by name and role, or ask an admin((?: \([^()]*\))?)"#,
      "l'utilisateur '$1' a le rôle $2 pour le ressort $3 : la personne $4 est enregistrée hors de ce périmètre ; enregistrez la personne par son nom et son rôle, ou demandez à un administrateur$5"
    ),
    Rule(
      #"user '(.*)' is limited to ressort (\S+) and an internal summary shows the small counts of every court; make the published summary \(without (--[a-z\-]+)\), or ask an admin((?: \([^()]*\))?)"#,
      "l'utilisateur '$1' est limité au ressort $2 et une synthèse interne montre les petits effectifs de toutes les juridictions ; produisez la synthèse publiée (sans $3), ou demandez à un administrateur$4"
    ),
    Rule(
      #"to: user '(.*)' is an? (\S+) for ressort (\S+), outside which this case lies; accepted: (.*) \(the list of users shows them all\)"#,
      "to : l'utilisateur '$1' a le rôle $2 pour le ressort $3, hors duquel se trouve ce dossier ; utilisateurs possibles : $4 (la liste des utilisateurs les donne tous)"
    ),
    Rule(
      #"to: no user is named '(.*)'; accepted: (.*) \(the list of users shows them all\)"#,
      "to : aucun utilisateur ne s'appelle '$1' ; utilisateurs possibles : $2 (la liste des utilisateurs les donne tous)"
    ),
    Rule(
      #"to: user '(.*)' is disabled; accepted: (.*) \(the list of users shows them all\)"#,
      "to : l'utilisateur '$1' est désactivé ; utilisateurs possibles : $2 (la liste des utilisateurs les donne tous)"
    ),
    Rule(
      #"to: user '(.*)' is an? (\S+), who sees no case; accepted: (.*) \(the list of users shows them all\)"#,
      "to : l'utilisateur '$1' a le rôle $2, qui ne voit aucun dossier ; utilisateurs possibles : $3 (la liste des utilisateurs les donne tous)"
    ),

    // Users and tokens.
    Rule(
      #"(--[a-z\-]+) is not accepted for role admin: an admin acts on every court; a scope is for delegate and security_officer"#,
      "$1 n'est pas accepté pour le rôle admin : un administrateur agit sur toutes les juridictions ; un périmètre est réservé aux rôles delegate et security_officer"
    ),
    Rule(
      #"(--[a-z\-]+) is not accepted for role liaison: a liaison sees no case; a scope is for delegate and security_officer"#,
      "$1 n'est pas accepté pour le rôle liaison : le rôle liaison ne voit aucun dossier ; un périmètre est réservé aux rôles delegate et security_officer"
    ),
    Rule(
      #"give (--[a-z\-]+) or (--[a-z\-]+), not both: a user has one scope"#,
      "donnez $1 ou $2, pas les deux : un utilisateur n'a qu'un périmètre"
    ),
    Rule(
      #"user name holds (U\+[0-9A-F]+); a user name is a login of letters a-z, digits and \. _ - @, such as j\.dupont"#,
      "le nom d'utilisateur contient $1 ; un nom d'utilisateur est un identifiant fait de lettres a-z, de chiffres et de . _ - @, comme j.dupont"
    ),
    Rule(
      #"user '(.*)' already exists \((.+)\); a user is never edited and a name never reused: add them under another name"#,
      "l'utilisateur '$1' existe déjà ($2) ; un utilisateur n'est jamais modifié et un nom jamais réutilisé : ajoutez cette personne sous un autre nom"
    ),
    Rule(
      #"user '(.*)' is user '(.*)' written otherwise \((.+)\); a user is never edited and a name never reused: add them under another name"#,
      "l'utilisateur '$1' est l'utilisateur '$2' écrit autrement ($3) ; un utilisateur n'est jamais modifié et un nom jamais réutilisé : ajoutez cette personne sous un autre nom"
    ),
    Rule(
      #"no user '(.*)' in this registry; the list of users names them"#,
      "aucun utilisateur '$1' dans ce registre ; la liste des utilisateurs les donne"
    ),
    Rule(
      #"no user '(.*)' in this registry"#,
      "aucun utilisateur '$1' dans ce registre"
    ),
    Rule(
      #"user '(.*)' was already disabled on (\S+) by an admin"#,
      "l'utilisateur '$1' a déjà été désactivé le $2 par un administrateur"
    ),
    Rule(
      #"user '(.*)' was already disabled on (\S+) by (.+)"#,
      "l'utilisateur '$1' a déjà été désactivé le $2 par $3"
    ),
    Rule(
      #"user '(.*)' is the last enabled admin and cannot be disabled; add another user with the role admin first"#,
      "l'utilisateur '$1' est le dernier administrateur actif et ne peut pas être désactivé ; ajoutez d'abord un autre utilisateur avec le rôle admin"
    ),
    Rule(
      #"user '(.*)' is disabled and may no longer act: a token for them would never be accepted"#,
      "l'utilisateur '$1' est désactivé et ne peut plus agir : un jeton à son nom ne serait jamais accepté"
    ),
    Rule(
      #"(--[a-z\-]+) '(.*)' is not a lifetime; accepted: a number of days from (\d+) to (\d+), such as 90d"#,
      "$1 : '$2' n'est pas une durée de validité ; acceptée : un nombre de jours de $3 à $4, comme 90d"
    ),
    Rule(
      #"no token (\S+) in this registry"#,
      "aucun jeton $1 dans ce registre"
    ),
    Rule(
      #"token (\S+) was already revoked on (\S+) by (.+)"#,
      "le jeton $1 a déjà été révoqué le $2 par $3"
    ),
    Rule(
      #"this registry has no users, so no token is valid"#,
      "ce registre n'a aucun utilisateur : aucun jeton n'est donc valide"
    ),
    Rule(
      #"the token is not one this registry issued \(tokens start with '(.*)'\); ask an admin for a token"#,
      "ce jeton n'a pas été émis par ce registre (les jetons commencent par '$1') ; demandez un jeton à un administrateur"
    ),
    Rule(
      #"token (\S+) was revoked on (\S+) by (.+?); ask an admin for a new token"#,
      "le jeton $1 a été révoqué le $2 par $3 ; demandez un nouveau jeton à un administrateur"
    ),
    Rule(
      #"token (\S+) expired on (\S+); ask an admin for a new token"#,
      "le jeton $1 a expiré le $2 ; demandez un nouveau jeton à un administrateur"
    ),
    Rule(
      #"token (\S+) belongs to '(.*)', who is not a user of this registry; ask an admin for a token of your own"#,
      "le jeton $1 appartient à '$2', qui n'est pas un utilisateur de ce registre ; demandez à un administrateur un jeton à votre nom"
    ),
    Rule(
      #"token (\S+) belongs to user '(.*)', disabled on (\S+) by (.+?), who may no longer act"#,
      "le jeton $1 appartient à l'utilisateur '$2', désactivé le $3 par $4, qui ne peut plus agir"
    ),

    // Reveals and their purpose.
    Rule(
      #"(--[a-z\-]+) needs --purpose TEXT saying why you need the identities, such as --purpose 'prepare the police complaint'; it is recorded in the access log"#,
      "$1 exige --purpose TEXTE disant pourquoi vous avez besoin des identités, par exemple --purpose 'préparer la plainte' ; ce motif est consigné dans le journal des accès"
    ),
    Rule(
      #"(.+?) needs --purpose TEXT saying why you need what it reveals, such as --purpose 'attach to the police complaint'; it is recorded in the access log"#,
      "$1 exige --purpose TEXTE disant pourquoi vous avez besoin de ce que la commande révèle, par exemple --purpose 'joindre à la plainte' ; ce motif est consigné dans le journal des accès"
    ),
    Rule(
      #"exposure scan needs --purpose TEXT saying why: it looks registered persons up by name, and is recorded in the access log"#,
      "exposure scan exige --purpose TEXTE disant pourquoi : la commande recherche les personnes enregistrées par leur nom, et elle est consignée dans le journal des accès"
    ),
    Rule(
      #"--purpose is only used with (--[a-z\-]+)"#,
      "--purpose ne s'emploie qu'avec $1"
    ),
    Rule(
      #"(--[a-z\-]+) '(.*)' is too short; say why you need the identities, such as 'prepare the police complaint'"#,
      "$1 : '$2' est trop court ; dites pourquoi vous avez besoin des identités, par exemple « préparer la plainte »"
    ),
    Rule(
      #"(--[a-z\-]+) is missing; say why you need what this reveals, such as 'attach to the police complaint': it is recorded in the access log"#,
      "$1 manquant ; dites pourquoi vous avez besoin de ce que cela révèle, par exemple « joindre à la plainte » : ce motif est consigné dans le journal des accès"
    ),

    // Measures and evidence.
    Rule(
      #"no measure (\S+) in the registry; a case shows its measures"#,
      "aucune mesure $1 dans le registre ; un dossier affiche ses mesures"
    ),
    Rule(
      #"no measure (\S+) in case (\S+)"#,
      "aucune mesure $1 dans le dossier $2"
    ),
    Rule(
      #"cannot move measure (\S+) to (\S+): it is (\S+); allowed next: none: it is final; request a new measure instead"#,
      "impossible de passer la mesure $1 au statut $2 : elle est au statut $3, qui est définitif ; demandez plutôt une nouvelle mesure"
    ),
    Rule(
      #"cannot move measure (\S+) to (\S+): it is (\S+); allowed next: (.*)"#,
      "impossible de passer la mesure $1 au statut $2 : elle est au statut $3 ; statuts possibles ensuite : $4"
    ),
    Rule(
      #"beneficiary (\S+) is not targeted in case (\S+); accepted: (.+)"#,
      "le bénéficiaire $1 n'est pas visé dans le dossier $2 ; acceptés : $3"
    ),
    Rule(
      #"requested on '(.*)' is for a statutory_protection measure \(the day of the written request\); a (\S+) measure takes no such day"#,
      "la date de demande '$1' ne vaut que pour une mesure statutory_protection (le jour de la demande écrite) ; une mesure $2 n'en prend pas"
    ),
    Rule(
      #"measure (\S+) is a (\S+) measure; a written request date is given for statutory_protection only"#,
      "la mesure $1 est de nature $2 ; une date de demande écrite ne se donne que pour statutory_protection"
    ),
    Rule(
      #"measure (\S+) already has its protection request"#,
      "la mesure $1 a déjà sa demande de protection"
    ),
    Rule(
      #"measure (\S+) is not a protection fonctionnelle; decision details are given for statutory_protection only"#,
      "la mesure $1 n'est pas une protection fonctionnelle ; les détails de la décision ne se donnent que pour statutory_protection"
    ),
    Rule(
      #"status '(.*)' is not a decision; a decision's day, facts, duration and lawyer go with granted, partially_granted or refused"#,
      "le statut '$1' n'est pas une décision ; le jour, les faits, la durée et l'avocat d'une décision vont avec granted, partially_granted ou refused"
    ),
    Rule(
      #"no evidence (\S+) in the registry; a case, once shown, lists its evidence"#,
      "aucune pièce $1 dans le registre ; un dossier, une fois affiché, liste ses pièces"
    ),
    Rule(
      #"evidence (\S+) is a URL, not a stored file"#,
      "la pièce $1 est une URL, pas un fichier conservé"
    ),
    Rule(
      #"evidence (\S+) no longer matches its SHA-256 (\S+); it was altered, restore the registry from a backup"#,
      "la pièce $1 ne correspond plus à son SHA-256 $2 : elle a été altérée ; restaurez le registre depuis une sauvegarde"
    ),
    Rule(
      #"url '(.*)' is not a web address; accepted: http:// or https:// addresses"#,
      "l'URL '$1' n'est pas une adresse web ; acceptées : les adresses http:// ou https://"
    ),
    Rule(
      #"the file is (\d+) bytes; at most (\d+) \((\d+) MiB\) are kept"#,
      "le fichier fait $1 octets ; au plus $2 ($3 Mio) sont conservés"
    ),

    // Notices to platforms.
    Rule(
      #"no notice (\S+) in the registry; a measure shows its notices"#,
      "aucune notification $1 dans le registre ; une mesure affiche ses notifications"
    ),
    Rule(
      #"measure (\S+) is a (\S+) measure; a notice needs a content_takedown measure: request one in case (\S+)"#,
      "la mesure $1 est de nature $2 ; une notification suppose une mesure content_takedown : demandez-en une dans le dossier $3"
    ),
    Rule(
      #"measure (\S+) is (\S+); a notice needs a measure still requested, granted or in place"#,
      "la mesure $1 est au statut $2 ; une notification suppose une mesure encore demandée, accordée ou en place"
    ),
    Rule(
      #"case (\S+) names no platform; give (--[a-z\-]+) with one of: (.+)"#,
      "le dossier $1 ne désigne aucune plateforme ; donnez $2 avec l'une des valeurs : $3"
    ),
    Rule(
      #"case (\S+) is (\S+); reopen it before working on its notices"#,
      "le dossier $1 est au statut $2 ; rouvrez-le avant de travailler sur ses notifications"
    ),
    Rule(
      #"case (\S+) has no kind online content carries \((.*)\); online kinds: (.+)"#,
      "le dossier $1 n'a aucune nature que puisse porter un contenu en ligne ($2) ; natures en ligne : $3"
    ),
    Rule(
      #"kinds is empty; accepted: one or more of (.+)"#,
      "kinds : valeur vide ; acceptées : une ou plusieurs natures parmi $1"
    ),
    Rule(
      #"kind '(.*)' is not online content; accepted: (.+)"#,
      "la nature '$1' ne relève pas d'un contenu en ligne ; acceptées : $2"
    ),
    Rule(
      #"kind '(.*)' is not a kind of case (\S+); accepted: (.+)"#,
      "la nature '$1' n'est pas une nature du dossier $2 ; acceptées : $3"
    ),
    Rule(
      #"channel 'trusted_flagger' needs the organisation designated as trusted flagger by Arcom \(DSA art\. 22\) that you act for: set (\S+) in the configuration file, or use platform_form or pharos"#,
      "le canal 'trusted_flagger' suppose l'organisation désignée comme signaleur de confiance par l'Arcom (DSA, art. 22) pour laquelle vous agissez : renseignez $1 dans le fichier de configuration, ou utilisez platform_form ou pharos"
    ),
    Rule(
      #"invalid url '(.*)'; accepted: the exact address of the content, starting with https:// or http://"#,
      "URL invalide '$1' ; acceptée : l'adresse exacte du contenu, commençant par https:// ou http://"
    ),
    Rule(
      #"invalid email '(.*)'; expected an address such as name@example\.org"#,
      "adresse électronique invalide '$1' ; attendu : une adresse comme name@example.org"
    ),
    Rule(
      #"url is missing; give (--[a-z\-]+) for each content"#,
      "URL manquante ; donnez $1 pour chaque contenu"
    ),
    Rule(
      #"url '(.*)' is given twice; name each URL once"#,
      "l'URL '$1' est donnée deux fois ; nommez chaque URL une seule fois"
    ),
    Rule(
      #"a notice names at most (\d+) URLs; (\d+) were given: split them over several notices"#,
      "une notification nomme au plus $1 URL ; $2 ont été données : répartissez-les sur plusieurs notifications"
    ),
    Rule(
      #"no URL to add; give the exact URL of each content in (--[a-z\-]+)"#,
      "aucune URL à ajouter ; donnez avec $1 l'URL exacte de chaque contenu"
    ),
    Rule(
      #"notice (\S+) was sent; a sent notice does not change: draft a new notice of measure (\S+) for more URLs"#,
      "la notification $1 a été envoyée ; une notification envoyée ne change plus : préparez une nouvelle notification de la mesure $2 pour d'autres URL"
    ),
    Rule(
      #"notice (\S+) was already sent on (\S+); a notice is sent once"#,
      "la notification $1 a déjà été envoyée le $2 ; une notification n'est envoyée qu'une fois"
    ),
    Rule(
      #"sent date (\S+) is in the future; give a date up to now"#,
      "la date d'envoi $1 est dans le futur ; donnez une date qui ne soit pas dans le futur"
    ),
    Rule(
      #"notice (\S+) is a draft; record its sending before a reply"#,
      "la notification $1 est un brouillon ; enregistrez son envoi avant une réponse"
    ),
    Rule(
      #"decision date (\S+) is before the notice was sent \((\S+)\); give a date on or after it"#,
      "la date de décision $1 est antérieure à l'envoi de la notification ($2) ; donnez une date égale ou postérieure"
    ),
    Rule(
      #"decision date (\S+) is in the future; give a date up to now"#,
      "la date de décision $1 est dans le futur ; donnez une date qui ne soit pas dans le futur"
    ),
    Rule(
      #"every URL of notice (\S+) already has an outcome; name in (--[a-z\-]+) the URLs a new decision is about"#,
      "chaque URL de la notification $1 a déjà une suite ; nommez avec $2 les URL que vise la nouvelle décision"
    ),
    Rule(
      #"url '(.*)' is not in notice (\S+), which lists (\d+) URLs?; give one of them exactly as the notice shows it once revealed with a (--[a-z\-]+)"#,
      "l'URL '$1' ne figure pas dans la notification $2, qui en compte $3 ; donnez l'une d'elles exactement comme la notification l'affiche une fois révélée avec $4"
    ),
    Rule(
      #"url '(.*)' of notice (\S+) is (\S+); it cannot become (\S+) \(a removed URL stays removed\)"#,
      "l'URL '$1' de la notification $2 est au statut $3 ; elle ne peut pas passer au statut $4 (une URL retirée le reste)"
    ),
    Rule(
      #"url '(.*)' of notice (\S+) is (\S+); it cannot become (\S+)"#,
      "l'URL '$1' de la notification $2 est au statut $3 ; elle ne peut pas passer au statut $4"
    ),
    Rule(
      #"measure (\S+) has no notice; draft one first"#,
      "la mesure $1 n'a aucune notification ; préparez-en une d'abord"
    ),
    Rule(
      #"measure (\S+) has (\d+) notices \((.+)\); name one of them"#,
      "la mesure $1 a $2 notifications ($3) ; désignez l'une d'elles"
    ),
    Rule(
      #"invalid notice or measure '(.*)'; give a notice such as N-000001 or a measure such as M-000003"#,
      "notification ou mesure invalide '$1' ; donnez une notification comme N-000001 ou une mesure comme M-000003"
    ),

    // Occultation requests.
    Rule(
      #"no occultation request (\S+) in the registry; a case shows its measures and their requests"#,
      "aucune demande d'occultation $1 dans le registre ; un dossier affiche ses mesures et leurs demandes"
    ),
    Rule(
      #"measure (\S+) is a (\S+) measure; accepted: an open_data_occultation measure"#,
      "la mesure $1 est de nature $2 ; acceptée : une mesure open_data_occultation"
    ),
    Rule(
      #"measure (\S+) is already carried out by occultation request (\S+)"#,
      "la mesure $1 fait déjà l'objet de la demande d'occultation $2"
    ),
    Rule(
      #"measure (\S+) is (\S+); an occultation request needs a measure still requested"#,
      "la mesure $1 est au statut $2 ; une demande d'occultation suppose une mesure encore au statut requested"
    ),
    Rule(
      #"an occultation request needs a decision and a person targeted in (\S+)"#,
      "une demande d'occultation suppose une décision et une personne visée dans $1"
    ),
    Rule(
      #"an occultation request names no decision; give (--[a-z\-]+) with (--[a-z\-]+) or (--[a-z\-]+)"#,
      "une demande d'occultation ne désigne aucune décision ; donnez $1 avec $2 ou $3"
    ),
    Rule(
      #"decision of (\S+) has no identifier; give (--[a-z\-]+) \(e\.g\. 24/01234\) or (--[a-z\-]+)"#,
      "la décision de $1 n'a pas d'identifiant ; donnez $2 (par ex. 24/01234) ou $3"
    ),
    Rule(
      #"(.+?) '(.*?)' contains '(.+?)'; accepted: letters, digits and (.+)"#,
      "$1 : '$2' contient '$3' ; acceptés : lettres, chiffres et $4"
    ),
    Rule(
      #"decisions of (\S+) and (\S+) go to different authorities; file one request per court"#,
      "les décisions de $1 et de $2 relèvent d'autorités différentes ; déposez une demande par juridiction"
    ),
    Rule(
      #"occultation request (\S+) is (\S+); only a requested or appealed request can be decided"#,
      "la demande d'occultation $1 est au statut $2 ; seule une demande au statut requested ou appealed peut être tranchée"
    ),
    Rule(
      #"notified date is before the request of (\S+); give a later date"#,
      "la date de notification est antérieure à la demande $1 ; donnez une date plus tardive"
    ),
    Rule(
      #"notified date is before the appeal of (\S+); give a later date"#,
      "la date de notification est antérieure au recours de $1 ; donnez une date plus tardive"
    ),
    Rule(
      #"occultation request (\S+) is (\S+) on appeal; only a first refusal can be appealed"#,
      "la demande d'occultation $1 est au statut $2 en recours ; seul un premier refus peut faire l'objet d'un recours"
    ),
    Rule(
      #"occultation request (\S+) is (\S+); only a first refusal can be appealed"#,
      "la demande d'occultation $1 est au statut $2 ; seul un premier refus peut faire l'objet d'un recours"
    ),
    Rule(
      #"occultation request (\S+) was refused under (.+?), which provides no appeal; file a new request to the Cour de cassation \(COJ R111-13\) with (--[a-z\-]+) other"#,
      "la demande d'occultation $1 a été refusée sur le fondement de $2, qui ne prévoit aucun recours ; déposez une nouvelle demande auprès de la Cour de cassation (COJ R111-13) avec $3 other"
    ),
    Rule(
      #"the appeal window of (\S+) closed on (.+?) \(two months from the notification\); an appeal is no longer accepted"#,
      "le délai de recours de $1 a expiré le $2 (deux mois après la notification) ; un recours n'est plus recevable"
    ),

    // Exposure scans of published decisions.
    Rule(
      #"no decision file given; give one or more FILE arguments"#,
      "aucun fichier de décision donné ; donnez un ou plusieurs arguments FICHIER"
    ),
    Rule(
      #"FILE: the folders given hold no decision file; give decision files, or folders that hold some"#,
      "FICHIER : les dossiers donnés ne contiennent aucun fichier de décision ; donnez des fichiers de décision, ou des dossiers qui en contiennent"
    ),
    Rule(
      #"decision folder '(.*)' cannot be read; give a folder of decision files you may read"#,
      "le dossier de décisions '$1' ne peut pas être lu ; donnez un dossier de fichiers de décision que vous pouvez lire"
    ),
    Rule(
      #"decision folder '(.*)' is more than (\d+) folders deep; give a folder of decision files nearer to it"#,
      "le dossier de décisions '$1' est à plus de $2 niveaux de profondeur ; donnez un dossier de fichiers de décision plus proche"
    ),
    Rule(
      #"decision folder '(.*)' holds '(.*)', a link to a folder; give the folder it leads to as a FILE of its own"#,
      "le dossier de décisions '$1' contient '$2', un lien vers un dossier ; donnez le dossier vers lequel il mène comme FICHIER à part entière"
    ),
    Rule(
      #"no decision given; give one or more decisions as plain text or a Judilibre JSON export"#,
      "aucune décision donnée ; donnez une ou plusieurs décisions en texte brut ou en export JSON Judilibre"
    ),
    Rule(
      #"decision file '(.*)' is empty; give the text of a decision"#,
      "le fichier de décision '$1' est vide ; donnez le texte d'une décision"
    ),
    Rule(
      #"decision file '(.*)' is not UTF-8 text; accepted: plain text or Judilibre JSON \((.*)\)"#,
      "le fichier de décision '$1' n'est pas du texte UTF-8 ; acceptés : texte brut ou JSON Judilibre ($2)"
    ),
    Rule(
      #"decision file '(.*)' is not valid JSON; accepted: a Judilibre export \((.*)\)"#,
      "le fichier de décision '$1' n'est pas du JSON valide ; accepté : un export Judilibre ($2)"
    ),
    Rule(
      #"decision file \'(.*)\' holds no decision; accepted: an object, an array or \{"results": \[\.\.\.\]\} with (.*)"#,
      #"le fichier de décision '$1' ne contient aucune décision ; acceptés : un objet, un tableau ou {"results": [...]} avec $2"#
    ),
    Rule(
      #"decision (\d+) of '(.*)' is not an object; accepted: (.*)"#,
      "la décision $1 de '$2' n'est pas un objet ; acceptés : $3"
    ),
    Rule(
      #"decision (\d+) of '(.*)' has no text; the field 'text' must hold the decision \(accepted fields: (.*)\)"#,
      "la décision $1 de '$2' n'a pas de texte ; le champ 'text' doit contenir la décision (champs acceptés : $3)"
    ),
    Rule(
      #"FILE: (\d+) decision files given; at most (\d+) are scanned at once \(limits\.scan_files in the configuration file\): scan them in several runs"#,
      "FILE : $1 fichiers de décision donnés ; au plus $2 sont analysés à la fois (limits.scan_files dans le fichier de configuration) : analysez-les en plusieurs fois"
    ),
    Rule(
      #"the decisions are (\d+) bytes in all; at most (\d+) \((\d+) MiB\) are accepted in one scan: scan them in several"#,
      "les décisions font $1 octets en tout ; au plus $2 ($3 Mio) sont acceptés en une analyse : analysez-les en plusieurs fois"
    ),
    Rule(
      #"(\S+) has no open case to request an occultation in; reopen one of their cases, or scan without (--[a-z\-]+)"#,
      "$1 n'a aucun dossier ouvert où demander une occultation ; rouvrez l'un de ses dossiers, ou lancez l'analyse sans $2"
    ),

    // Import files.
    Rule(
      #"file '(.*)' is not UTF-8 text; save it as 'CSV UTF-8' \(or JSON in UTF-8\)"#,
      "le fichier '$1' n'est pas du texte UTF-8 ; enregistrez-le au format « CSV UTF-8 » (ou en JSON UTF-8)"
    ),
    Rule(
      #"file '(.*)' is empty; it needs a header row and one row per case \(the import template has the header\)"#,
      "le fichier '$1' est vide ; il lui faut une ligne d'en-tête et une ligne par dossier (le modèle d'import contient l'en-tête)"
    ),
    Rule(
      #"file '(.*)' holds no case: the array is empty; add one object per case"#,
      "le fichier '$1' ne contient aucun dossier : le tableau est vide ; ajoutez un objet par dossier"
    ),
    Rule(
      #"file '(.*)' has a header row but no case; add one row per case under the header"#,
      "le fichier '$1' a une ligne d'en-tête mais aucun dossier ; ajoutez une ligne par dossier sous l'en-tête"
    ),
    Rule(
      #"file \'(.*)\', line (\d+): a quoted cell is never closed; check the quotes \("\) of that row"#,
      #"le fichier '$1', ligne $2 : une cellule entre guillemets n'est jamais refermée ; vérifiez les guillemets (") de cette ligne"#
    ),
    Rule(
      #"file '(.*)', line (\d+): unknown column '(.*)'; accepted: (.+) \(did you mean '(.*)'\?\); the import template lists them"#,
      "le fichier '$1', ligne $2 : colonne inconnue '$3' ; colonnes acceptées : $4 (vouliez-vous dire '$5' ?) ; le modèle d'import les donne"
    ),
    Rule(
      #"file '(.*)', line (\d+): unknown column '(.*)'; accepted: (.+); the import template lists them"#,
      "le fichier '$1', ligne $2 : colonne inconnue '$3' ; colonnes acceptées : $4 ; le modèle d'import les donne"
    ),
    Rule(
      #"file '(.*)', line (\d+): column '(.*)' appears twice; keep one"#,
      "le fichier '$1', ligne $2 : la colonne '$3' apparaît deux fois ; n'en gardez qu'une"
    ),
    Rule(
      #"file '(.*)', line (\d+): the header lacks the column\(s\) (.+); the import template has a complete header \(an export made without (--[a-z\-]+) has no names or summaries and cannot be imported\)"#,
      "le fichier '$1', ligne $2 : il manque à l'en-tête la ou les colonnes $3 ; le modèle d'import a un en-tête complet (un export fait sans $4 n'a ni noms ni résumés et ne peut pas être importé)"
    ),
    Rule(
      #"file '(.*)', line (\d+): the header lacks the column\(s\) (.+); the import template has a complete header"#,
      "le fichier '$1', ligne $2 : il manque à l'en-tête la ou les colonnes $3 ; le modèle d'import a un en-tête complet"
    ),
    Rule(
      #"file '(.*)', line (\d+): a line is longer than (\d+) bytes; at most (\d+) bytes \((.+?)\) are accepted \((\S+) in the configuration file\)"#,
      "le fichier '$1', ligne $2 : une ligne dépasse $3 octets ; au plus $4 octets ($5) sont acceptés ($6 dans le fichier de configuration)"
    ),
    Rule(
      #"file '(.*)', line (\d+): a cell is longer than (\d+) bytes; at most (\d+) bytes \((.+?)\) are accepted \((\S+) in the configuration file\)"#,
      "le fichier '$1', ligne $2 : une cellule dépasse $3 octets ; au plus $4 octets ($5) sont acceptés ($6 dans le fichier de configuration)"
    ),
    Rule(
      #"file '(.*)', line (\d+): a string is longer than (\d+) bytes; at most (\d+) bytes \((.+?)\) are accepted \((\S+) in the configuration file\)"#,
      "le fichier '$1', ligne $2 : une chaîne dépasse $3 octets ; au plus $4 octets ($5) sont acceptés ($6 dans le fichier de configuration)"
    ),
    Rule(
      #"file '(.*)' is not valid JSON \((.*)\); give an array of objects, one per case"#,
      "le fichier '$1' n'est pas du JSON valide ($2) ; donnez un tableau d'objets, un par dossier"
    ),
    Rule(
      #"file \'(.*)\' is JSON but not an array; give an array of objects, one per case: \[\{"external_reference": …\}, …\]"#,
      #"le fichier '$1' est du JSON mais pas un tableau ; donnez un tableau d'objets, un par dossier : [{"external_reference": …}, …]"#
    ),
    Rule(
      #"(\d+) of (\d+) row\(s\) are invalid; nothing was imported\. Fix them and import the file again, or add (--[a-z\-]+) to import the (\d+) good row\(s\)"#,
      "$1 ligne(s) sur $2 sont invalides ; rien n'a été importé. Corrigez-les et importez de nouveau le fichier, ou ajoutez $3 pour importer les $4 ligne(s) valides"
    ),
    Rule(
      #"occurred '(.*)' is after reported_at; an incident is reported after it happens"#,
      "occurred '$1' est postérieur à reported_at ; un fait est signalé après s'être produit"
    ),
    Rule(
      #"external reference '(.*)' is already case (\S+); a case is imported once"#,
      "la référence externe '$1' est déjà le dossier $2 ; un dossier n'est importé qu'une fois"
    ),
    Rule(
      #"the file is (\d+) bytes; at most (\d+) \((\d+) MiB\) are imported at once: split it"#,
      "le fichier fait $1 octets ; au plus $2 ($3 Mio) sont importés à la fois : découpez-le"
    ),

    // Files given to read.
    Rule(
      #"--file '(.*)' does not exist; give the path of the evidence file"#,
      "--file '$1' n'existe pas ; donnez le chemin du fichier de la pièce"
    ),
    Rule(
      #"decision file '(.*)' does not exist; give a decision as plain text or a Judilibre JSON export"#,
      "le fichier de décision '$1' n'existe pas ; donnez une décision en texte brut ou en export JSON Judilibre"
    ),
    Rule(
      #"file '(.*)' does not exist; give the path of a CSV or JSON file \('egide import --template' writes one to fill in\)"#,
      "le fichier '$1' n'existe pas ; donnez le chemin d'un fichier CSV ou JSON (« egide import --template » en écrit un à remplir)"
    ),
    Rule(
      #"the configuration file '(.*)' does not exist; set \$EGIDE_CONFIG to an existing file, or unset it"#,
      #"le fichier de configuration '$1' n'existe pas ; faites pointer \$EGIDE_CONFIG vers un fichier existant, ou retirez cette variable"#
    ),
    Rule(
      #"the token file '(.*)' does not exist; give the file 'egide login --server URL' wrote"#,
      "le fichier de jeton '$1' n'existe pas ; donnez le fichier écrit par « egide login --server URL »"
    ),
    Rule(
      #"passphrase file '(.*)' does not exist; give the path of a file whose first line is the passphrase"#,
      "le fichier de phrase secrète '$1' n'existe pas ; donnez le chemin d'un fichier dont la première ligne est la phrase secrète"
    ),
    Rule(
      #"key backup '(.*)' does not exist; give the path of a file made by 'egide key backup'"#,
      "la sauvegarde de clé '$1' n'existe pas ; donnez le chemin d'un fichier créé par « egide key backup »"
    ),
    Rule(
      #"(--[a-z\-]+) file '(.*)' does not exist; give a readable file after @ \(or @@ for a text starting with @\)"#,
      "le fichier de $1 '$2' n'existe pas ; donnez un fichier lisible après @ (ou @@ pour un texte commençant par @)"
    ),
    Rule(
      #"(.+?) '(.*)' does not exist; give the path of a regular file"#,
      "$1 '$2' n'existe pas ; donnez le chemin d'un fichier ordinaire"
    ),
    Rule(
      #"(.+?) '(.*)' is a folder, not a regular file; only a regular file is accepted"#,
      "$1 '$2' est un dossier, pas un fichier ordinaire ; seul un fichier ordinaire est accepté"
    ),
    Rule(
      #"(.+?) '(.*)' is an? [a-z ]+, not a regular file; only a regular file is accepted"#,
      "$1 '$2' n'est pas un fichier ordinaire ; seul un fichier ordinaire est accepté"
    ),
    Rule(
      #"(.+?) '(.*)' cannot be read \((.*)\); give a regular file you may read"#,
      "$1 '$2' ne peut pas être lu ($3) ; donnez un fichier ordinaire que vous pouvez lire"
    ),
    Rule(
      #"file '(.*)' is larger than (\d+) bytes; at most (\d+) bytes \((.+?)\) are accepted; split it \(limits\.import_file_bytes in the configuration file sets this limit, at most 128 MiB\)"#,
      "le fichier '$1' dépasse $2 octets ; au plus $3 octets ($4) sont acceptés ; découpez-le (limits.import_file_bytes dans le fichier de configuration fixe cette limite, au plus 128 Mio)"
    ),
    Rule(
      #"decision file '(.*)' is larger than (\d+) bytes; at most (\d+) bytes \((.+?)\) are accepted; the files of one scan hold at most (\d+) bytes in all \(limits\.scan_bytes in the configuration file\): scan them in several runs"#,
      "le fichier de décision '$1' dépasse $2 octets ; au plus $3 octets ($4) sont acceptés ; les fichiers d'une analyse font au plus $5 octets en tout (limits.scan_bytes dans le fichier de configuration) : analysez-les en plusieurs fois"
    ),
    Rule(
      #"(.+?) '(.*)' is larger than (\d+) bytes; at most (\d+) bytes \((.+?)\) are accepted"#,
      "$1 '$2' dépasse $3 octets ; au plus $4 octets ($5) sont acceptés"
    ),
    Rule(
      #"FILE: the decision files are more than (\d+) bytes in all; at most (\d+) bytes \((.+?)\) are scanned at once \(limits\.scan_bytes in the configuration file\): scan them in several runs"#,
      "FILE : les fichiers de décision dépassent $1 octets en tout ; au plus $2 octets ($3) sont analysés à la fois (limits.scan_bytes dans le fichier de configuration) : analysez-les en plusieurs fois"
    ),
    Rule(
      #"(--[a-z\-]+) - and (--[a-z\-]+) - both read standard input, which holds one value; give (--[a-z\-]+) @FILE instead"#,
      "$1 - et $2 - lisent tous deux l'entrée standard, qui ne contient qu'une valeur ; donnez plutôt $3 @FICHIER"
    ),
    Rule(
      #"(--[a-z\-]+) read from standard input is not UTF-8 text; save it as UTF-8"#,
      "$1 lu sur l'entrée standard n'est pas du texte UTF-8 ; enregistrez-le en UTF-8"
    ),
    Rule(
      #"(--[a-z\-]+) read from '(.*)' is not UTF-8 text; save it as UTF-8"#,
      "$1 lu dans '$2' n'est pas du texte UTF-8 ; enregistrez-le en UTF-8"
    ),
    Rule(
      #"standard input holds more than (\d+) bytes \(1 MiB\); give a shorter text"#,
      "l'entrée standard contient plus de $1 octets (1 Mio) ; donnez un texte plus court"
    ),

    // Files written: exports, summaries, templates.
    Rule(
      #"'(.*)' already exists; Égide never overwrites a file: give another path"#,
      "'$1' existe déjà ; Égide n'écrase jamais un fichier : donnez un autre chemin"
    ),
    Rule(
      #"'(.*)' is a symbolic link; Égide never writes through a link or over a file: give another path"#,
      "'$1' est un lien symbolique ; Égide n'écrit jamais à travers un lien ni par-dessus un fichier : donnez un autre chemin"
    ),
    Rule(
      #"cannot write '(.*)': the folder '(.*)' does not exist; create it or give a path in an existing folder"#,
      "impossible d'écrire '$1' : le dossier '$2' n'existe pas ; créez-le ou donnez un chemin dans un dossier existant"
    ),
    Rule(
      #"cannot write '(.*)': the folder '(.*)' is not writable by you; give a path in a folder you can write"#,
      "impossible d'écrire '$1' : vous ne pouvez pas écrire dans le dossier '$2' ; donnez un chemin dans un dossier où vous pouvez écrire"
    ),
    Rule(
      #"cannot write '(.*)': (.+); check the folder exists and is writable"#,
      "impossible d'écrire '$1' : $2 ; vérifiez que le dossier existe et qu'il est accessible en écriture"
    ),
    Rule(
      #"cannot write '(.*)': (.+)"#,
      "impossible d'écrire '$1' : $2"
    ),

    // The registry file.
    Rule(
      #"no registry at (.+); create one with 'egide init --db (.+)' or point --db / \$EGIDE_DB at an existing one"#,
      #"aucun registre à $1 ; créez-en un avec « egide init --db $2 » ou indiquez un registre existant avec --db ou \$EGIDE_DB"#
    ),
    Rule(
      #"no registry at (.+); point --db or \$EGIDE_DB at an existing one"#,
      #"aucun registre à $1 ; indiquez un registre existant avec --db ou \$EGIDE_DB"#
    ),
    Rule(
      #"no registry at (.+); point --db or \$EGIDE_DB at the registry to back up"#,
      #"aucun registre à $1 ; indiquez avec --db ou \$EGIDE_DB le registre à sauvegarder"#
    ),
    Rule(
      #"(.+) is not a file; give the path of a registry"#,
      "$1 n'est pas un fichier ; donnez le chemin d'un registre"
    ),
    Rule(
      #"cannot read (.+): permission denied; check its owner and mode"#,
      "impossible de lire $1 : permission refusée ; vérifiez son propriétaire et ses droits"
    ),
    Rule(
      #"(.+) is empty \(0 bytes\), not an Égide registry; restore it from a backup with 'egide restore', or create a new registry elsewhere with 'egide init'"#,
      "$1 est vide (0 octet) : ce n'est pas un registre Égide ; restaurez-le depuis une sauvegarde avec « egide restore », ou créez un nouveau registre ailleurs avec « egide init »"
    ),
    Rule(
      #"(.+) is an empty SQLite database, not an Égide registry; give the path of a registry or create one with 'egide init'"#,
      "$1 est une base SQLite vide, pas un registre Égide ; donnez le chemin d'un registre ou créez-en un avec « egide init »"
    ),
    Rule(
      #"this file is an SQLite database but not an Égide registry; give the path of a registry or create one with 'egide init'"#,
      "ce fichier est une base SQLite mais pas un registre Égide ; donnez le chemin d'un registre ou créez-en un avec « egide init »"
    ),
    Rule(
      #"(.+) is not a readable registry \((.*)\); restore it from a backup"#,
      "$1 n'est pas un registre lisible ($2) ; restaurez-le depuis une sauvegarde"
    ),
    Rule(
      #"this registry has schema version (\d+) but this egide knows up to (\d+); use a newer egide \(nothing was changed\)"#,
      "ce registre est au schéma version $1, mais cet egide ne connaît que les versions jusqu'à $2 ; utilisez un egide plus récent (rien n'a été modifié)"
    ),
    Rule(
      #"this registry has no hash chain yet \(schema version 5 or older\); open it once with a writing egide command, which upgrades it"#,
      "ce registre n'a pas encore de chaîne d'empreintes (schéma version 5 ou antérieure) ; ouvrez-le une fois avec une commande egide qui écrit, ce qui le met à niveau"
    ),
    Rule(
      #"a file already exists at (.+); Égide never overwrites a file: choose another --db path or move that file away yourself"#,
      "un fichier existe déjà à $1 ; Égide n'écrase jamais un fichier : choisissez un autre chemin --db ou déplacez vous-même ce fichier"
    ),
    Rule(
      #"(.+) is read-only and needs a schema upgrade; make it writable once"#,
      "$1 est en lecture seule et doit passer à un schéma plus récent ; rendez-le accessible en écriture une fois"
    ),
    Rule(
      #"the disk holding (.+) is full; nothing was written"#,
      "le disque qui contient $1 est plein ; rien n'a été écrit"
    ),
    Rule(
      #"cannot write to (.+) \((.*)\); check the file and folder permissions"#,
      "impossible d'écrire dans $1 ($2) ; vérifiez les droits du fichier et du dossier"
    ),
    Rule(
      #"the registry stayed locked by another process for 10 seconds; nothing was written, try again"#,
      "le registre est resté verrouillé par un autre processus pendant 10 secondes ; rien n'a été écrit, réessayez"
    ),
    Rule(
      #"the registry is already served by process (\d+) at (\S+); one server owns a registry: stop it first, or use it as a client with --server"#,
      "le registre est déjà servi par le processus $1 à $2 ; un seul serveur détient un registre : arrêtez-le d'abord, ou utilisez-le en client avec --server"
    ),
    Rule(
      #"the registry is already served; one server owns a registry: stop it first, or use it as a client with --server"#,
      "le registre est déjà servi ; un seul serveur détient un registre : arrêtez-le d'abord, ou utilisez-le en client avec --server"
    ),
    Rule(
      #"(.+) is served by egide serve \(process (\d+), (\S+)\); use it as a client: --server (\S+) with your token"#,
      "$1 est servi par egide serve (processus $2, $3) ; utilisez-le en client : --server $4 avec votre jeton"
    ),
    Rule(
      #"(.+) is served by egide serve \(process (\d+)\), which holds its key; stop the server first: this command needs the registry to itself"#,
      "$1 est servi par egide serve (processus $2), qui détient sa clé ; arrêtez d'abord le serveur : cette commande a besoin du registre pour elle seule"
    ),
    Rule(
      #"cannot create the lock file (.+?): (.+); check the folder's permissions"#,
      "impossible de créer le fichier de verrou $1 : $2 ; vérifiez les droits du dossier"
    ),
    Rule(
      #"cannot read (.+); check its permissions"#,
      "impossible de lire $1 ; vérifiez ses droits"
    ),
    Rule(
      #"migration (\d+) \((.+)\) differs from the one applied to this registry; restore the original Migrations/ file or use the egide that created the registry"#,
      "la migration $1 ($2) diffère de celle appliquée à ce registre ; restaurez le fichier Migrations/ d'origine ou utilisez l'egide qui a créé le registre"
    ),
    Rule(
      #"a stored value cannot be read \((.*)\); run 'egide doctor' or restore a backup"#,
      "une valeur conservée ne peut pas être lue ($1) ; lancez « egide doctor » ou restaurez une sauvegarde"
    ),
    Rule(
      #"this value was purged under the retention policy; only the anonymous facts remain"#,
      "cette valeur a été purgée en application de la politique de conservation ; seuls les faits anonymes demeurent"
    ),

    // The registry key.
    Rule(
      #"no registry key at (.+); set \$EGIDE_KEY_FILE or key_file in the config to the key file made by 'egide init', or restore it with 'egide key restore'"#,
      #"aucune clé de registre à $1 ; indiquez dans \$EGIDE_KEY_FILE ou dans key_file (configuration) le fichier de clé créé par « egide init », ou restaurez-le avec « egide key restore »"#
    ),
    Rule(
      #"the key given \(fingerprint (\w+)\) is not the key of (.+) \(fingerprint (\w+)\); nothing was read or written: give the right key file, or restore it with 'egide key restore'"#,
      "la clé donnée (empreinte $1) n'est pas celle de $2 (empreinte $3) ; rien n'a été lu ni écrit : donnez le bon fichier de clé, ou restaurez-le avec « egide key restore »"
    ),
    Rule(
      #"identities in this registry are sealed and this command needs them: give the registry key file with \$EGIDE_KEY_FILE or key_file in the config"#,
      #"les identités de ce registre sont scellées et cette commande en a besoin : donnez le fichier de clé du registre avec \$EGIDE_KEY_FILE ou key_file dans la configuration"#
    ),
    Rule(
      #"identities in this registry are sealed and rotating the key needs them: give the registry key file with \$EGIDE_KEY_FILE or key_file in the config"#,
      #"les identités de ce registre sont scellées et le changement de clé en a besoin : donnez le fichier de clé du registre avec \$EGIDE_KEY_FILE ou key_file dans la configuration"#
    ),
    Rule(
      #"the key file (.+) is a symbolic link; Égide reads a key only from the file itself: point \$EGIDE_KEY_FILE or key_file at the file the link leads to, or move that file to (.+)"#,
      #"le fichier de clé $1 est un lien symbolique ; Égide ne lit une clé que dans le fichier lui-même : faites pointer \$EGIDE_KEY_FILE ou key_file vers le fichier visé par le lien, ou déplacez ce fichier à $2"#
    ),
    Rule(
      #"the key file (.+) is not a regular file; give the path of the key file made by 'egide init'"#,
      "le fichier de clé $1 n'est pas un fichier ordinaire ; donnez le chemin du fichier de clé créé par « egide init »"
    ),
    Rule(
      #"the key file (.+) belongs to user id (\d+), not to you \(user id (\d+)\): its owner may know the key; make a key of your own with 'egide key restore' from your backup, or have it moved to you with 'chown (\d+) (.+)'"#,
      "le fichier de clé $1 appartient à l'uid $2, pas à vous (uid $3) : son propriétaire peut connaître la clé ; faites-vous votre propre clé avec « egide key restore » depuis votre sauvegarde, ou faites-vous-la attribuer avec « chown $4 $5 »"
    ),
    Rule(
      #"the key file (.+) has mode (\d+): others than its owner may read or change it; run 'chmod 600 (.+)' and keep it private"#,
      "le fichier de clé $1 a les droits $2 : d'autres que son propriétaire peuvent le lire ou le modifier ; lancez « chmod 600 $3 » et gardez-le privé"
    ),
    Rule(
      #"cannot examine the folder (.+) of the key file (.+?): (.+)"#,
      "impossible d'examiner le dossier $1 du fichier de clé $2 : $3"
    ),
    Rule(
      #"the folder (.+) of the key file (.+) belongs to user id (\d+): its owner can replace the key; keep the key in a folder of your own \(mkdir -m 700 DIR and move the key there\)"#,
      "le dossier $1 du fichier de clé $2 appartient à l'uid $3 : son propriétaire peut remplacer la clé ; gardez la clé dans un dossier à vous (mkdir -m 700 DOSSIER, puis déplacez-y la clé)"
    ),
    Rule(
      #"the folder (.+) of the key file (.+) has mode (\d+): others can replace the key in it; run 'chmod go-w (.+)' or move the key to a folder of your own \(mkdir -m 700 DIR\)"#,
      "le dossier $1 du fichier de clé $2 a les droits $3 : d'autres peuvent y remplacer la clé ; lancez « chmod go-w $4 » ou déplacez la clé dans un dossier à vous (mkdir -m 700 DOSSIER)"
    ),
    Rule(
      #"cannot read the key file (.+?): (.+)"#,
      "impossible de lire le fichier de clé $1 : $2"
    ),
    Rule(
      #"cannot read the key file (.+)"#,
      "impossible de lire le fichier de clé $1"
    ),
    Rule(
      #"(.+) is not an Égide key file \(it should start with '(.*)'\)"#,
      "$1 n'est pas un fichier de clé Égide (il devrait commencer par '$2')"
    ),
    Rule(
      #"(.+) is not an Égide key backup \(it should start with '(.*)'\)"#,
      "$1 n'est pas une sauvegarde de clé Égide (elle devrait commencer par '$2')"
    ),
    Rule(
      #"a registry key is 32 bytes; this one has (\d+)"#,
      "une clé de registre fait 32 octets ; celle-ci en fait $1"
    ),
    Rule(
      #"a file already exists at (.+); Égide never overwrites a key file: choose another path or move that file away yourself"#,
      "un fichier existe déjà à $1 ; Égide n'écrase jamais un fichier de clé : choisissez un autre chemin ou déplacez vous-même ce fichier"
    ),
    Rule(
      #"cannot create the key file (.+?): (.+)"#,
      "impossible de créer le fichier de clé $1 : $2"
    ),
    Rule(
      #"cannot write the key file (.+)"#,
      "impossible d'écrire le fichier de clé $1"
    ),
    Rule(
      #"(.+) is already sealed under a key; to change the key use 'egide key rotate'"#,
      "$1 est déjà scellé sous une clé ; pour changer de clé, utilisez « egide key rotate »"
    ),
    Rule(
      #"(.+) is already sealed; to change its key use 'egide key rotate'"#,
      "$1 est déjà scellé ; pour changer sa clé, utilisez « egide key rotate »"
    ),
    Rule(
      #"(.+) is not sealed yet(?::|;) seal it first with 'egide key seal'"#,
      "$1 n'est pas encore scellé ; scellez-le d'abord avec « egide key seal »"
    ),
    Rule(
      #"the registry is sealed under the key in (.+) \(a rotation was interrupted\) but it cannot replace (.+): move it there yourself"#,
      "le registre est scellé sous la clé de $1 (un changement de clé a été interrompu) mais elle ne peut pas remplacer $2 : déplacez-la vous-même"
    ),
    Rule(
      #"the registry is now sealed under (.+) but it cannot replace (.+): move it there yourself"#,
      "le registre est désormais scellé sous $1 mais cette clé ne peut pas remplacer $2 : déplacez-la vous-même"
    ),
    Rule(
      #"the passphrase has (\d+) characters; at least (\d+) are accepted \(a few unrelated words make a good one\)"#,
      "la phrase secrète compte $1 caractères ; il en faut au moins $2 (quelques mots sans rapport entre eux en font une bonne)"
    ),
    Rule(
      #"the passphrase does not open this key backup \(or the backup was altered\); check the passphrase and try again"#,
      "la phrase secrète n'ouvre pas cette sauvegarde de clé (ou la sauvegarde a été altérée) ; vérifiez la phrase secrète et réessayez"
    ),
    Rule(
      #"the key backup is damaged"#,
      "la sauvegarde de clé est endommagée"
    ),
    Rule(
      #"--passphrase-file (.+) is empty; put the passphrase on its first line"#,
      "--passphrase-file $1 est vide ; mettez la phrase secrète sur sa première ligne"
    ),
    Rule(
      #"no terminal to ask the passphrase on; give --passphrase-file FILE \(its first line is the passphrase\)"#,
      "aucun terminal pour demander la phrase secrète ; donnez --passphrase-file FICHIER (sa première ligne est la phrase secrète)"
    ),
    Rule(
      #"no passphrase given"#,
      "aucune phrase secrète donnée"
    ),
    Rule(
      #"the two passphrases differ; nothing was written"#,
      "les deux phrases secrètes diffèrent ; rien n'a été écrit"
    ),

    // Backups, restores and checks.
    Rule(
      #"'(.*)' already exists; Égide never overwrites a file: give a new backup path"#,
      "'$1' existe déjà ; Égide n'écrase jamais un fichier : donnez un nouveau chemin de sauvegarde"
    ),
    Rule(
      #"no backup at (.+); give the path of a file written by 'egide backup'"#,
      "aucune sauvegarde à $1 ; donnez le chemin d'un fichier écrit par « egide backup »"
    ),
    Rule(
      #"a file already exists at (.+); restore never replaces a registry: move it away first \(mv (.+) (.+)\.old\) or give another --db path"#,
      "un fichier existe déjà à $1 ; la restauration ne remplace jamais un registre : déplacez-le d'abord (mv $2 $3.old) ou donnez un autre chemin --db"
    ),
    Rule(
      #"(.+) is not an Égide backup \((.*)\); nothing was restored; give a file written by 'egide backup'"#,
      "$1 n'est pas une sauvegarde Égide ($2) ; rien n'a été restauré ; donnez un fichier écrit par « egide backup »"
    ),
    Rule(
      #"(.+) is not an Égide backup \((.*)\); nothing was restored"#,
      "$1 n'est pas une sauvegarde Égide ($2) ; rien n'a été restauré"
    ),
    Rule(
      #"(.+) has a write-ahead log \((.+)-wal\): it is a registry in use, not a backup; copy it with 'egide backup' and restore that copy"#,
      "$1 a un journal d'écriture ($2-wal) : c'est un registre en service, pas une sauvegarde ; copiez-le avec « egide backup » et restaurez cette copie"
    ),
    Rule(
      #"(.+) fails the checks of 'egide doctor' \((.*)\); nothing was restored; use another backup"#,
      "$1 échoue aux contrôles de « egide doctor » ($2) ; rien n'a été restauré ; utilisez une autre sauvegarde"
    ),
    Rule(
      #"the backup copy fails its checks \((.*)\); nothing was kept at (.+); run 'egide doctor' on the registry"#,
      "la copie de sauvegarde échoue à ses contrôles ($1) ; rien n'a été conservé à $2 ; lancez « egide doctor » sur le registre"
    ),
    Rule(
      #"the backup copy holds (\d+) cases and (\d+) events but the registry held (\d+) and (\d+); nothing was kept at (.+); try again"#,
      "la copie de sauvegarde contient $1 dossiers et $2 événements mais le registre en contenait $3 et $4 ; rien n'a été conservé à $5 ; réessayez"
    ),
    Rule(
      #"(.+) fails (\d+) check\(s\) \((.*)\); restore it from a backup: egide restore BACKUP --db NEW_PATH"#,
      "$1 échoue à $2 contrôle(s) ($3) ; restaurez-le depuis une sauvegarde : egide restore SAUVEGARDE --db NOUVEAU_CHEMIN"
    ),
    Rule(
      #"(.+) is damaged \((.*)\); run 'egide doctor' for the details, then restore the last backup with 'egide restore'"#,
      "$1 est endommagé ($2) ; lancez « egide doctor » pour le détail, puis restaurez la dernière sauvegarde avec « egide restore »"
    ),
    Rule(
      #"cannot create (.+?): (.+); check the folder exists and is writable"#,
      "impossible de créer $1 : $2 ; vérifiez que le dossier existe et qu'il est accessible en écriture"
    ),
    Rule(
      #"cannot create (.+?): (.+)"#,
      "impossible de créer $1 : $2"
    ),

    // Servers, tokens and logging in.
    Rule(
      #"no server to log in to: give --server https://HOST:PORT \(or set \$EGIDE_SERVER, or server in the config file\)"#,
      #"aucun serveur auquel se connecter : donnez --server https://HÔTE:PORT (ou définissez \$EGIDE_SERVER, ou server dans le fichier de configuration)"#
    ),
    Rule(
      #"no token given; nothing was written"#,
      "aucun jeton donné ; rien n'a été écrit"
    ),
    Rule(
      #"cannot write the token file (.+); check its folder"#,
      "impossible d'écrire le fichier de jeton $1 ; vérifiez son dossier"
    ),
    Rule(
      #"cannot remove the token file (.+)"#,
      "impossible de supprimer le fichier de jeton $1"
    ),
    Rule(
      #"no token for (\S+): run 'egide login' \(an admin gives you a token with 'egide user token create'\), or set \$EGIDE_TOKEN"#,
      #"aucun jeton pour $1 : lancez « egide login » (un administrateur vous donne un jeton avec « egide user token create »), ou définissez \$EGIDE_TOKEN"#
    ),
    Rule(
      #"the token file (.+) may be read by others \(mode (\d+)\); run 'chmod 600 (.+)', and revoke the token if others could have read it"#,
      "le fichier de jeton $1 peut être lu par d'autres (droits $2) ; lancez « chmod 600 $3 », et révoquez le jeton si d'autres ont pu le lire"
    ),
    Rule(
      #"server '(.*)' is plain http on another host: the names you ask for would cross the network in clear; use https://"#,
      "le serveur '$1' est en http simple sur un autre hôte : les noms que vous demandez traverseraient le réseau en clair ; utilisez https://"
    ),
    Rule(
      #"server '(.*)' is not a server address; accepted: https://HOST:PORT, http://127\.0\.0\.1:PORT or unix:/path/to/socket"#,
      "le serveur '$1' n'est pas une adresse de serveur ; acceptées : https://HÔTE:PORT, http://127.0.0.1:PORT ou unix:/chemin/du/socket"
    ),
    Rule(
      #"cannot reach the server at (\S+) \((.*)\); check --server and that 'egide serve' runs there"#,
      "impossible de joindre le serveur $1 ($2) ; vérifiez --server et que « egide serve » y tourne"
    ),
    Rule(
      #"the server at (\S+) is not trusted: its certificate does not verify \((.*)\); give the certificate of its authority with --ca-cert or \$EGIDE_CA_CERT"#,
      #"le serveur $1 n'est pas de confiance : son certificat ne se vérifie pas ($2) ; donnez le certificat de son autorité avec --ca-cert ou \$EGIDE_CA_CERT"#
    ),
    Rule(
      #"ca-cert '(.*)' is not a readable PEM certificate; give the certificate of the authority that signed the server's"#,
      "ca-cert '$1' n'est pas un certificat PEM lisible ; donnez le certificat de l'autorité qui a signé celui du serveur"
    ),
    Rule(
      #"the server at (\S+) answered HTTP (\d+) without saying why; check --server points at an egide server"#,
      "le serveur $1 a répondu HTTP $2 sans en donner la raison ; vérifiez que --server désigne un serveur egide"
    ),
    Rule(
      #"the server at (\S+) sent a file without its facts; use an egide of the server's version"#,
      "le serveur $1 a envoyé un fichier sans ses métadonnées ; utilisez un egide de la même version que le serveur"
    ),
    Rule(
      #"the server at (\S+) answered with a document this egide cannot read \((.*)\); use an egide of the server's version"#,
      "le serveur $1 a répondu par un document que cet egide ne sait pas lire ($2) ; utilisez un egide de la même version que le serveur"
    ),
    Rule(
      #"this command works on the registry file, on the host that holds it: run it there without --server"#,
      "cette commande agit sur le fichier du registre, sur la machine qui le détient : lancez-la là-bas, sans --server"
    ),
    Rule(
      #"give --listen HOST:PORT \(with --tls-cert and --tls-key\) or --socket PATH"#,
      "donnez --listen HÔTE:PORT (avec --tls-cert et --tls-key) ou --socket CHEMIN"
    ),
    Rule(
      #"give (--[a-z\-]+) or (--[a-z\-]+), not both"#,
      "donnez $1 ou $2, pas les deux"
    ),
    Rule(
      #"(--[a-z\-]+) and (--[a-z\-]+) go together; give both"#,
      "$1 et $2 vont ensemble ; donnez les deux"
    ),
    Rule(
      #"listen '(.*)' is not HOST:PORT; accepted: such as 127\.0\.0\.1:8443 or \[::1\]:8443"#,
      "listen '$1' n'est pas de la forme HÔTE:PORT ; acceptés : par exemple 127.0.0.1:8443 ou [::1]:8443"
    ),
    Rule(
      #"(.+) is not sealed under a key; a served registry must be: seal it with 'egide key seal' first"#,
      "$1 n'est pas scellé sous une clé ; un registre servi doit l'être : scellez-le d'abord avec « egide key seal »"
    ),
    Rule(
      #"(.+) has no enabled admin; add one with 'egide user add NAME --role admin' before serving it"#,
      "$1 n'a aucun administrateur actif ; ajoutez-en un avec « egide user add NOM --role admin » avant de le servir"
    ),
    Rule(
      #"no registry at (.+); give the registry with --db and its key with \$EGIDE_KEY_FILE or key_file"#,
      #"aucun registre à $1 ; donnez le registre avec --db et sa clé avec \$EGIDE_KEY_FILE ou key_file"#
    ),
    Rule(
      #"no registry key at (.+); give the registry with --db and its key with \$EGIDE_KEY_FILE or key_file"#,
      #"aucune clé de registre à $1 ; donnez le registre avec --db et sa clé avec \$EGIDE_KEY_FILE ou key_file"#
    ),
    Rule(
      #"the registry key (.+) has mode (\d+): others than its owner may read or write it; run 'chmod 600 (.+)' and serve it from its own account"#,
      "la clé de registre $1 a les droits $2 : d'autres que son propriétaire peuvent la lire ou l'écrire ; lancez « chmod 600 $3 » et servez le registre depuis son propre compte"
    ),
    Rule(
      #"the registry (.+) has mode (\d+): others than its owner may read or write it; run 'chmod 600 (.+)' and serve it from its own account"#,
      "le registre $1 a les droits $2 : d'autres que son propriétaire peuvent le lire ou l'écrire ; lancez « chmod 600 $3 » et servez-le depuis son propre compte"
    ),

    // The configuration file.
    Rule(
      #"the configuration file '(.*)' is not UTF-8 text; save it as UTF-8"#,
      "le fichier de configuration '$1' n'est pas du texte UTF-8 ; enregistrez-le en UTF-8"
    ),
    Rule(
      #"(.+):(\d+): expected key = value, found '(.*)'"#,
      "$1:$2 : attendu clé = valeur, trouvé '$3'"
    ),
    Rule(
      #"(\S+) '(.*)' in (.+) is not a number of days; accepted: (\d+) to (\d+)"#,
      "$1 '$2' dans $3 n'est pas un nombre de jours ; acceptés : de $4 à $5"
    ),
    Rule(
      #"(\S+) '(.*)' in (.+) is not a number of working days; accepted: (\d+) to (\d+)"#,
      "$1 '$2' dans $3 n'est pas un nombre de jours ouvrés ; acceptés : de $4 à $5"
    ),
    Rule(
      #"(\S+) '(.*)' in (.+) is not a number of years; accepted: (\d+) to (\d+)"#,
      "$1 '$2' dans $3 n'est pas un nombre d'années ; acceptés : de $4 à $5"
    ),
    Rule(
      #"(\S+) '(.*)' in (.+) is not a number of bytes; accepted: (\d+) to (\d+)"#,
      "$1 '$2' dans $3 n'est pas un nombre d'octets ; acceptés : de $4 à $5"
    ),
    Rule(
      #"(\S+) '(.*)' in (.+) is not a number of files; accepted: (\d+) to (\d+)"#,
      "$1 '$2' dans $3 n'est pas un nombre de fichiers ; acceptés : de $4 à $5"
    ),
    Rule(
      #"(\S+) '(.*)' in (.+) is not an organisation's name; accepted: the name Arcom designated, 1 to (\d+) characters"#,
      "$1 '$2' dans $3 n'est pas le nom d'une organisation ; accepté : le nom désigné par l'Arcom, de 1 à $4 caractères"
    ),
    Rule(
      #"(.+?) '(.*)' is not accepted; accepted: a number of years from (\d+) to (\d+)"#,
      "$1 : valeur '$2' refusée ; acceptée : un nombre d'années de $3 à $4"
    ),

    // Summaries.
    Rule(
      #"give exactly one period: --month YYYY-MM, --quarter YYYY-Qn, --year YYYY, or --from DATE --to DATE"#,
      "donnez une seule période : --month AAAA-MM, --quarter AAAA-Qn, --year AAAA, ou --from DATE --to DATE"
    ),
    Rule(
      #"period (\S+) has not ended \(its last day is (\S+)\): a summary now would read as complete; add (--[a-z\-]+) to make one marked provisional on every page, or give a period that has ended"#,
      "la période $1 n'est pas terminée (son dernier jour est le $2) : une synthèse établie maintenant passerait pour complète ; ajoutez $3 pour en produire une marquée provisoire sur chaque page, ou donnez une période terminée"
    ),
    Rule(
      #"min-cell (\d+) is below (\d+); add (--[a-z\-]+) to make an internal document not for circulation"#,
      "min-cell $1 est inférieur à $2 ; ajoutez $3 pour produire un document interne, non destiné à la diffusion"
    ),
    Rule(
      #"(\d+) figures? of this summary \(first (.+?)\) changed since summary (\S+) published them on (\S+ \S+): the difference between the editions would show what changed; add (--[a-z\-]+) to publish this edition in place of that one \((\S+) has not ended: its figures change until it does\)"#,
      "$1 chiffre(s) de cette synthèse (à commencer par $2) ont changé depuis que la synthèse $3 les a publiés le $4 : l'écart entre les éditions révélerait ce qui a changé ; ajoutez $5 pour publier cette édition à la place de celle-là (la période $6 n'est pas terminée : ses chiffres changeront d'ici là)"
    ),
    Rule(
      #"(\d+) figures? of this summary \(first (.+?)\) changed since summary (\S+) published them on (\S+ \S+): the difference between the editions would show what changed; add (--[a-z\-]+) to publish this edition in place of that one"#,
      "$1 chiffre(s) de cette synthèse (à commencer par $2) ont changé depuis que la synthèse $3 les a publiés le $4 : l'écart entre les éditions révélerait ce qui a changé ; ajoutez $5 pour publier cette édition à la place de celle-là"
    ),
    Rule(
      #"(\d+) figures? of this summary \(first (.+?)\) changed since summary (\S+) published them on (\S+ \S+): the difference between the editions would show what changed; add (--[a-z\-]+) to publish this edition in place of those (\d+) \((\S+) has not ended: its figures change until it does\)"#,
      "$1 chiffre(s) de cette synthèse (à commencer par $2) ont changé depuis que la synthèse $3 les a publiés le $4 : l'écart entre les éditions révélerait ce qui a changé ; ajoutez $5 pour publier cette édition à la place de ces $6 éditions (la période $7 n'est pas terminée : ses chiffres changeront d'ici là)"
    ),
    Rule(
      #"(\d+) figures? of this summary \(first (.+?)\) changed since summary (\S+) published them on (\S+ \S+): the difference between the editions would show what changed; add (--[a-z\-]+) to publish this edition in place of those (\d+)"#,
      "$1 chiffre(s) de cette synthèse (à commencer par $2) ont changé depuis que la synthèse $3 les a publiés le $4 : l'écart entre les éditions révélerait ce qui a changé ; ajoutez $5 pour publier cette édition à la place de ces $6 éditions"
    ),
    Rule(
      #"the summaries published do not add up with the registry as it is; publish the periods that changed again with (--[a-z\-]+)"#,
      "les synthèses publiées ne concordent plus avec le registre tel qu'il est ; publiez de nouveau avec $1 les périodes qui ont changé"
    ),

    // The command line.
    Rule(
      #"the command line is not valid"#,
      "la ligne de commande n'est pas valide"
    ),
  ]
}
