package org.kith.gallery.domain;

import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Known persons, always looked up within one clinic and one patient. */
public interface KnownPersonRepository {
  Optional<KnownPerson> find(ClinicId clinic, long patientId, long personId);

  List<KnownPerson> list(ClinicId clinic, long patientId, int offset, int limit);

  void add(KnownPerson person);

  void remove(KnownPerson person);
}
