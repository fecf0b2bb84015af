package io.nianbao.store.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sections")
public class SectionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id", nullable = false)
    public String documentId;
    @Column(nullable = false)
    public int number;
    public String title;
    public String text;
    @Column(name = "span_start")
    public Integer spanStart;
    @Column(name = "span_end")
    public Integer spanEnd;
}
