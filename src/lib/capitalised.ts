/** A label or sentence with its first letter in capitals, as it starts a title or sentence ("paragraph 7" → "Paragraph 7"). */
export const capitalised = (text: string) => text.replace(/^./, (first) => first.toUpperCase());
