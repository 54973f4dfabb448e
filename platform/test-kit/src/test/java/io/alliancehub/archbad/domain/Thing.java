package io.alliancehub.archbad.domain;

@jakarta.persistence.Entity
public class Thing {
    public long id;
}
