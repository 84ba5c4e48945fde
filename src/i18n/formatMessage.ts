/**
 * Fills a dictionary message: `{name}` takes a value, and `{name, plural, one {…} few {…} other {…}}`
 * takes the form `Intl.PluralRules` picks for the language (`#` is the number), so that Russian
 * reads «21 минута», «22 минуты», «25 минут». `=N {…}` matches one exact number first.
 */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(=?\w+)\s*\{([^{}]*)\}/g;

const rulesByTag = new Map<string, Intl.PluralRules>();
function pluralRules(tag: string): Intl.PluralRules {
  let rules = rulesByTag.get(tag);
  if (!rules) rulesByTag.set(tag, (rules = new Intl.PluralRules(tag)));
  return rules;
}

function formsOf(branches: string): Map<string, string> {
  return new Map([...branches.matchAll(FORM)].map(([, category = '', text = '']) => [category, text]));
}

export function formatMessage(message: string, values: Record<string, string | number>, tag: string): string {
  return message
    .replace(PLURAL, (whole, name: string, branches: string) => {
      const value = values[name];
      if (typeof value !== 'number') return whole;
      const forms = formsOf(branches);
      const form = forms.get(`=${value}`) ?? forms.get(pluralRules(tag).select(value)) ?? forms.get('other') ?? whole;
      return form.replaceAll('#', String(value));
    })
    .replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/**
 * What is wrong with a message's plurals for one language: a form the language needs and the
 * message lacks (for Russian: one, few, many, other), or a category the language never uses.
 */
export function findPluralProblems(message: string, tag: string): string[] {
  const needed = pluralRules(tag).resolvedOptions().pluralCategories;
  return [...message.matchAll(PLURAL)].flatMap(([, name = '', branches = '']) => {
    const given = [...formsOf(branches).keys()].filter((category) => !category.startsWith('='));
    return [
      ...needed
        .filter((category) => !given.includes(category))
        .map((category) => `{${name}} lacks the "${category}" form`),
      ...given
        .filter((category) => !(needed as string[]).includes(category))
        .map((category) => `{${name}} has a "${category}" form, which ${tag} never uses`),
    ];
  });
}
