package org.kith.gallery.application.encounter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * This instance's open encounters. An encounter is served by the instance that opened it (a load
 * balancer keeps a device's connection there); its frames and tracks are never written anywhere.
 */
@ApplicationScoped
public class EncounterRegistry {
  private final ConcurrentMap<String, Encounter> open = new ConcurrentHashMap<>();

  void add(Encounter encounter) {
    open.put(encounter.id(), encounter);
  }

  Optional<Encounter> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(open.get(id));
  }

  void remove(Encounter encounter) {
    open.remove(encounter.id(), encounter);
  }

  List<Encounter> all() {
    return List.copyOf(open.values());
  }

  int size() {
    return open.size();
  }

  long openFor(String deviceClientId) {
    return open.values().stream().filter(e -> e.deviceClientId().equals(deviceClientId)).count();
  }
}
