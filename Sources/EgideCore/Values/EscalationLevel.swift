/// The authority a case is escalated to, from the court itself up to the
/// ministry, law enforcement or the prosecution.
public enum EscalationLevel: String, DomainValue {
  /// Chef de juridiction: président or procureur of the court.
  case headOfCourt = "head_of_court"
  /// Chefs de cour: premier président and procureur général.
  case headOfAppealCourt = "head_of_appeal_court"
  /// Direction des services judiciaires, Secrétariat général.
  case ministry
  /// Police, gendarmerie, PHAROS.
  case lawEnforcement = "law_enforcement"
  /// A complaint or an article 40 CPP report to the prosecutor.
  case prosecution

  public static let fieldName = "escalation level"
}
