package org.kith.gallery.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.FaceEmbedding;

class PatientGalleryTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final Random random = new Random(7);
  private final float[] anna = Vectors.random(random, 64);
  private final float[] ben = Vectors.random(random, 64);

  private PatientGallery gallery(Map<Long, Optional<Instant>> consents) {
    List<IndexedTemplate> templates = new ArrayList<>();
    templates.add(new IndexedTemplate(1, 10, Vectors.MODEL, Vectors.near(random, anna, 0.3)));
    templates.add(new IndexedTemplate(2, 10, Vectors.MODEL, Vectors.near(random, anna, 0.3)));
    templates.add(new IndexedTemplate(3, 20, Vectors.MODEL, Vectors.near(random, ben, 0.3)));
    return PatientGallery.of(5, templates, consents);
  }

  private static Map<Long, Optional<Instant>> bothConsented() {
    return Map.of(10L, Optional.empty(), 20L, Optional.empty());
  }

  @Test
  void ranksTheEnrolledPersonFirstWithAMarginOverTheOther() {
    Ranking ranking =
        gallery(bothConsented()).rank(Vectors.probe(anna), NOW, PersonScoring.BEST, 3);
    assertEquals(10L, ranking.best().orElseThrow().personId());
    assertEquals(2, ranking.candidates().size());
    assertTrue(ranking.best().get().score() > 0.9, ranking::toString);
    assertTrue(ranking.margin().orElseThrow() > 0.5, ranking::toString);
  }

  @Test
  void scoresAreCosinesEvenForUnnormalisedVectors() {
    float[] doubled = anna.clone();
    for (int i = 0; i < doubled.length; i++) {
      doubled[i] *= 2;
    }
    PatientGallery g =
        PatientGallery.of(
            1,
            List.of(new IndexedTemplate(1, 10, Vectors.MODEL, doubled)),
            Map.of(10L, Optional.empty()));
    assertEquals(
        1.0, g.rank(Vectors.probe(anna), NOW, PersonScoring.BEST, 2).best().get().score(), 1e-5);
  }

  @Test
  void neverComparesWithTemplatesOfAnotherModelVersion() {
    PatientGallery g = gallery(bothConsented());
    FaceEmbedding otherModel = new FaceEmbedding(Vectors.OTHER_VERSION, anna);
    assertTrue(g.rank(otherModel, NOW, PersonScoring.BEST, 3).candidates().isEmpty());
    assertTrue(g.hasModel(Vectors.MODEL.key()));
    assertTrue(!g.hasModel(Vectors.OTHER_VERSION.key()));
  }

  @Test
  void aPersonWhoseConsentExpiredNoLongerMatchesFromThatInstant() {
    PatientGallery g = gallery(Map.of(10L, Optional.of(NOW), 20L, Optional.empty()));
    Ranking ranking = g.rank(Vectors.probe(anna), NOW, PersonScoring.BEST, 3);
    assertEquals(List.of(20L), ranking.candidates().stream().map(PersonScore::personId).toList());
    Ranking before = g.rank(Vectors.probe(anna), NOW.minusSeconds(1), PersonScoring.BEST, 3);
    assertEquals(10L, before.best().orElseThrow().personId());
  }

  @Test
  void aPersonWithoutActiveConsentIsNeverACandidate() {
    PatientGallery g = gallery(Map.of(20L, Optional.empty()));
    assertEquals(
        20L,
        g.rank(Vectors.probe(anna), NOW, PersonScoring.BEST, 3).best().orElseThrow().personId());
  }

  @Test
  void topTwoMeanAveragesAPersonsTwoBestTemplates() {
    float[] a = Vectors.unit(new float[] {1, 0, 0, 0});
    float[] b = Vectors.unit(new float[] {0.6f, 0.8f, 0, 0});
    var model = new org.kith.api.recognition.EmbeddingModel("m", "1", 4);
    PatientGallery g =
        PatientGallery.of(
            1,
            List.of(new IndexedTemplate(1, 10, model, a), new IndexedTemplate(2, 10, model, b)),
            Map.of(10L, Optional.empty()));
    FaceEmbedding probe = new FaceEmbedding(model, a);
    assertEquals(1.0, g.rank(probe, NOW, PersonScoring.BEST, 2).best().get().score(), 1e-6);
    assertEquals(0.8, g.rank(probe, NOW, PersonScoring.TOP2_MEAN, 2).best().get().score(), 1e-6);
  }

  @Test
  void removingAPersonOrATemplateMakesANewVersionWithoutThem() {
    PatientGallery g = gallery(bothConsented());
    PatientGallery withoutAnna = g.minusPerson(6, 10);
    assertEquals(6, withoutAnna.version());
    assertEquals(1, withoutAnna.size());
    assertEquals(
        20L,
        withoutAnna.rank(Vectors.probe(anna), NOW, PersonScoring.BEST, 3).best().get().personId());
    assertEquals(3, g.size(), "the old gallery is unchanged");
    assertEquals(2, g.minusTemplates(6, List.of(3L)).size());
  }

  @Test
  void addingTemplatesOfANewPersonMakesThemMatchable() {
    PatientGallery g = gallery(bothConsented());
    float[] cara = Vectors.random(random, 64);
    PatientGallery more =
        g.plus(
            6,
            List.of(new IndexedTemplate(4, 30, Vectors.MODEL, Vectors.near(random, cara, 0.3))),
            Map.of(30L, Optional.empty()));
    assertEquals(4, more.size());
    assertEquals(
        30L, more.rank(Vectors.probe(cara), NOW, PersonScoring.BEST, 3).best().get().personId());
  }

  @Test
  void limitKeepsOnlyTheBestCandidatesInOrder() {
    List<IndexedTemplate> templates = new ArrayList<>();
    java.util.Map<Long, Optional<Instant>> consents = new java.util.HashMap<>();
    for (long p = 1; p <= 50; p++) {
      templates.add(new IndexedTemplate(p, p, Vectors.MODEL, Vectors.random(random, 64)));
      consents.put(p, Optional.empty());
    }
    PatientGallery g = PatientGallery.of(1, templates, consents);
    Ranking top = g.rank(Vectors.probe(anna), NOW, PersonScoring.BEST, 3);
    Ranking all = g.rank(Vectors.probe(anna), NOW, PersonScoring.BEST, 50);
    assertEquals(all.candidates().subList(0, 3), top.candidates());
    for (int i = 1; i < all.candidates().size(); i++) {
      assertTrue(all.candidates().get(i - 1).score() >= all.candidates().get(i).score());
    }
  }
}
