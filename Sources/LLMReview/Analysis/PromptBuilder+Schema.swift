extension PromptBuilder {
    /// The JSON schema of the answer, as JSON text: `{"findings": [{path, line, end_line, severity, section,
    /// title, analysis, solution, why, considerations}]}`. Strict-mode compatible (every property required,
    /// `end_line` nullable, no extra properties), so OpenAI `response_format: json_schema` and Anthropic forced
    /// tools both accept it.
    public static let findingsSchema = """
        {"type":"object","additionalProperties":false,"required":["findings"],"properties":{"findings":{\
        "type":"array","items":{"type":"object","additionalProperties":false,\
        "required":["path","line","end_line","severity","section","title","analysis","solution","why",\
        "considerations"],"properties":{\
        "path":{"type":"string","description":"The file path exactly as in the file heading."},\
        "line":{"type":"integer","description":"First flagged NEW-file line number, as shown before + or space."},\
        "end_line":{"type":["integer","null"],"description":"Last flagged line of the same hunk, or null."},\
        "severity":{"type":"string","enum":["critical","high","medium","low"]},\
        "section":{"type":"string","enum":["clean-architecture","repository-pattern","rls","async","testing",\
        "security","performance"]},\
        "title":{"type":"string","description":"One line, at most 200 characters."},\
        "analysis":{"type":"string","description":"What the code does wrong, with path:line. At most 2000 characters."},\
        "solution":{"type":"string","description":"The fix; Markdown code allowed. At most 2000 characters."},\
        "why":{"type":"string","description":"Why the fix is right: the project pattern it follows. At most 2000 characters."},\
        "considerations":{"type":"array","items":{"type":"string"},"description":"Short follow-ups to check."}\
        }}}}}
        """
}
