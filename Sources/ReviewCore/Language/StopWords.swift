/// Words that give a language away in pull request titles, bodies and commit messages.
///
/// Only words that belong to one of the two languages are listed: `no`, `a`, `me`, `error` or `test`
/// would count for both (Spanish commits say "test" too) and are left out.
enum StopWords {
    static let spanish: Set<String> = [
        // articles, prepositions, conjunctions, pronouns
        "el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "de", "en", "para", "por", "con",
        "sin", "sobre", "entre", "desde", "hasta", "hacia", "y", "o", "pero", "que", "se", "es", "son", "está",
        "están", "esta", "este", "esto", "estos", "estas", "ese", "esa", "eso", "su", "sus", "lo", "le", "les",
        "cuando", "donde", "como", "porque", "si", "ya", "muy", "más", "también", "cada", "todo", "todos",
        "nuevo", "nueva", "nuevos", "nuevas", "hay", "fue", "ser", "debe", "puede", "tiene", "hace", "cuál",
        "qué",
        // commit and pull request verbs, imperative and first person
        "agrega", "agregar", "agrego", "agregado", "agregada", "añade", "añadir", "corrige", "corregir",
        "corrijo", "corregido", "arregla", "arreglar", "arreglo", "arreglado", "actualiza", "actualizar",
        "actualizo", "elimina", "eliminar", "quita", "quitar", "saco", "mejora", "mejorar", "cambia",
        "cambiar", "cambio", "cambios", "implementa", "implementar", "refactoriza", "mueve", "mover",
        "renombra", "usa", "usar", "evita", "evitar", "valida", "validar", "soporte", "ajusta", "ajustes",
        "pruebas", "prueba", "falla", "errores",
    ]

    static let english: Set<String> = [
        "the", "and", "to", "of", "for", "with", "is", "are", "was", "be", "in", "on", "at", "by", "from",
        "into", "this", "that", "these", "it", "its", "an", "as", "or", "if", "when", "should", "not",
        "but", "so", "all", "we", "our", "you", "can", "will", "does", "do", "now", "new", "use",
        "add", "adds", "added", "adding", "fix", "fixes", "fixed", "fixing", "update", "updates", "updated",
        "remove", "removes", "removed", "delete", "make", "makes", "bump", "improve", "improves", "implement",
        "implements", "rename", "move", "moves", "handle", "handles", "support", "avoid", "allow",
        "allows", "ensure", "instead", "missing", "without", "after", "before",
    ]

    /// Letters that English words never carry.
    static let spanishLetters: Set<Character> = ["á", "é", "í", "ó", "ú", "ñ", "ü"]
}
