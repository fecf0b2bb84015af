package io.nianbao.store.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One table cell in long form; value null = empty in the report. */
@Entity
@Table(name = "table_cells")
public class CellEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id", nullable = false)
    public String documentId;
    @Column(name = "table_key", nullable = false)
    public String tableKey;
    @Column(name = "row_key", nullable = false)
    public String rowKey;
    @Column(name = "column_key", nullable = false)
    public String columnKey;
    @Column(nullable = false)
    public int position;
    @Column(precision = 20, scale = 4)
    public BigDecimal value;
}
