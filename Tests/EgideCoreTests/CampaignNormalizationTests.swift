import Foundation
import Testing

@testable import EgideCore

@Suite("Campaign entities: normalisation")
struct CampaignNormalizationTests {
  static func author(_ value: String) -> LinkedEntity {
    LinkedEntity(kind: .author, value: value)
  }

  static func domain(_ value: String) -> LinkedEntity {
    LinkedEntity(kind: .domain, value: value)
  }

  @Test(
    "one handle written several ways is one author",
    arguments: [
      "@Corbeau_Noir", "corbeau_noir", "https://x.com/corbeau_noir",
      "x.com/Corbeau_Noir/", "twitter.com/corbeau_noir/status/1234",
      "https://www.tiktok.com/@corbeau_noir", "  @@CORBEAU_NOIR  ",
      "https://mobile.twitter.com/corbeau_noir?lang=fr",
      "https://www.instagram.com/corbeau_noir/", "t.me/corbeau_noir",
      "https://www.youtube.com/@Corbeau_Noir/videos", "@Córbeau_Noïr",
    ])
  func handleVariantsAreOneAuthor(_ written: String) {
    #expect(
      EntityNormalizer.entities(author: written) == [
        Self.author("corbeau_noir")
      ])
  }

  @Test("dots, underscores and hyphens make different handles")
  func punctuationIsKept() {
    let values = ["@corbeau.noir", "@corbeau_noir", "@corbeau-noir"].flatMap {
      EntityNormalizer.entities(author: $0)
    }
    #expect(Set(values).count == 3)
  }

  @Test("a name is folded: case, accents and spaces")
  func namesAreFolded() {
    #expect(
      EntityNormalizer.entities(author: "Tralimbe  PERNOÏSE")
        == EntityNormalizer.entities(author: "tralimbe pernoise"))
    #expect(
      EntityNormalizer.entities(author: "Tralimbe PERNOISE") == [
        Self.author("tralimbe pernoise")
      ])
  }

  @Test(
    "an unknown author links nothing",
    arguments: ["inconnu", "Anonyme", "unknown", "?", "", "  ", "@", "X"])
  func unknownAuthorsLinkNothing(_ written: String) {
    #expect(EntityNormalizer.entities(author: written).isEmpty)
  }

  @Test("an evidence URL on a platform gives its account, never the platform")
  func platformURLsGiveAccounts() {
    #expect(
      EntityNormalizer.entities(
        url: "https://x.com/Vautour_Gris/status/99887766") == [
          Self.author("vautour_gris")
        ])
    #expect(
      EntityNormalizer.entities(url: "https://www.reddit.com/u/vautour_gris")
        == [Self.author("vautour_gris")])
    #expect(
      EntityNormalizer.entities(url: "https://x.com/i/web/status/1").isEmpty)
    #expect(
      EntityNormalizer.entities(
        url: "https://www.facebook.com/groups/imaginaire/posts/1"
      ).isEmpty)
    #expect(
      EntityNormalizer.entities(url: "https://web.archive.org/web/2026/x")
        .isEmpty)
  }

  @Test("a Mastodon-style profile is name@instance")
  func mastodonProfiles() {
    #expect(
      EntityNormalizer.entities(url: "https://pouet.exemple/@hibou_brun/12")
        == [Self.author("hibou_brun@pouet.exemple")])
  }

  @Test("any other URL gives its domain: lowercase host without www.")
  func otherURLsGiveDomains() {
    #expect(
      EntityNormalizer.entities(
        url: "https://WWW.Verite-Tribunaux.exemple/articles/42?x=1") == [
          Self.domain("verite-tribunaux.exemple")
        ])
    #expect(
      EntityNormalizer.entities(url: "http://forum.verite-tribunaux.exemple/")
        == [Self.domain("forum.verite-tribunaux.exemple")])
    #expect(EntityNormalizer.entities(url: "pas une adresse").isEmpty)
  }

  @Test("a bare name with a dot is a handle, not a site")
  func bareDottedHandle() {
    #expect(
      EntityNormalizer.entities(author: "corbeau.noir") == [
        Self.author("corbeau.noir")
      ])
    #expect(
      EntityNormalizer.entities(author: "www.verite-tribunaux.exemple") == [
        Self.domain("verite-tribunaux.exemple")
      ])
  }

  @Test("the authors of a report give each entity once, sorted")
  func reportAuthorsWithoutRepeats() {
    let entities = EntityNormalizer.entities(authors: [
      "@Pie_Bavarde", "pie_bavarde", "inconnu", "https://site-hostile.exemple/",
    ])
    #expect(
      entities == [
        Self.author("pie_bavarde"), Self.domain("site-hostile.exemple"),
      ])
  }
}
