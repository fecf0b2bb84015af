package io.nianbao.store.repository;

import io.nianbao.store.entity.SectionEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<SectionEntity, Long> {
    public List<SectionEntity> ofDocument(String documentId) {
        return list("documentId = ?1 order by number, id", documentId);
    }
}
