/// Seed §9's YAML blocks (the decision and blocker formats and the complete update example) combined into one file,
/// as a person following the seed would write it, with `context.anti_patterns` from seed §4.
enum CodecSeedExample {
    static let text = """
        # Al inicio del archivo YAML, actualizar metadatos:
        version: "1.3"                              # Incrementar minor version
        updated_at: "2026-01-09T14:30:00.000000"    # Timestamp actual
        tasks_handled: 6                            # Incrementar de 5 a 6
        success_rate: 1.0                           # Mantener o recalcular
        common_files:
          - app/repositories/user_repository.py
        context:
          anti_patterns:
            - "Lógica de negocio en los routers"

        decisions:
          - id: "BE{ISSUE}-{SEQ}"  # Ej: BE109-003
            context: "Descripción del problema o situación"
            decision: "Qué se decidió hacer y por qué"
            confidence_score: 0.85  # 0.0-1.0
            validated_count: 1
            failed_count: 0
            last_used: "2026-01-09T12:00:00"
            tags: ["tag1", "tag2"]
        # Agregar nueva decisión al array decisions:
          - id: BE110-001
            context: "Implementación de endpoint de paginación"
            decision: "Usar cursor-based pagination para mejor performance en datasets grandes"
            confidence_score: 0.9
            validated_count: 1
            failed_count: 0
            last_used: "2026-01-09T14:30:00"
            tags: ["api", "pagination", "performance"]

        blockers:
          - id: "BLK{ISSUE}-{SEQ}"  # Ej: BLK109-001
            description: "Descripción breve del problema"
            symptom: "Cómo se manifestó el error"
            root_cause: "Causa raíz identificada"
            solution: "Cómo se resolvió"
            prevention: "Cómo evitarlo en el futuro"
            severity: "low|medium|high"
            discovered: "2026-01-09T12:00:00"
            resolved: true
            occurrences: 1
            tags: ["sqlalchemy", "async"]

        """
}
