const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Characters XML 1.0 forbids even escaped (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/**
 * Escapes text for HTML or XML, in element content and in quoted attribute values alike, so a
 * value such as `"><img src=x onerror=…>` or `]]>` stays text wherever it is pasted (the NGOs'
 * embed snippet, the SVG posters). A character no XML file may hold becomes U+FFFD, so the file
 * stays well-formed.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
