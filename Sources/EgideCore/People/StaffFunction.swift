/// The function a targeted person holds at their court (juge des enfants,
/// JLD, greffier…), named as French courts name them.
public enum StaffFunction: String, DomainValue {
  case premierPresident = "premier_president"
  case president
  case vicePresident = "vice_president"
  case juge
  case jugeDesEnfants = "juge_des_enfants"
  case jugeInstruction = "juge_instruction"
  case jld
  case jap
  case jaf
  case jugeContentieuxProtection = "juge_contentieux_protection"
  case conseiller
  case procureurGeneral = "procureur_general"
  case avocatGeneral = "avocat_general"
  case procureur
  case procureurAdjoint = "procureur_adjoint"
  case viceProcureur = "vice_procureur"
  case substitut
  case directeurGreffe = "directeur_greffe"
  case greffier
  case adjointAdministratif = "adjoint_administratif"
  case agentSecurite = "agent_securite"
  case auditeur
  case attacheJustice = "attache_justice"
  case other

  public static let fieldName = "function"
}
