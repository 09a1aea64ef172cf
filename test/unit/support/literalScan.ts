// A scan of TypeScript source for user-facing string literals left outside
// the translator: any string (or template text) that reads as words and is
// not inside an `l10n.t(…)` call. Pragmatic, by rules on the syntax tree,
// with a short explicit list of texts that are not user-facing.
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Texts that look like words but are not shown to anyone as such. */
export const NOT_USER_FACING: ReadonlyMap<string, string> = new Map([
  ['Posture Breaks', 'the output channel\'s name: the log\'s identity, like a file name'],
  ['value zero', 'CSS classes of the chart'],
]);

/** Properties whose values are not runtime text of the extension. */
const KEEP_AS_WRITTEN: ReadonlyMap<string, string> = new Map([
  ['settingDescription', 'the manifest\'s text, translated in package.nls.*.json and compared by the manifest test'],
  ['description', 'the manifest\'s text, translated in package.nls.*.json and compared by the manifest test'],
  ['citation', 'a citation stays as published'],
  ['class', 'CSS classes'],
  ['preserveAspectRatio', 'an SVG attribute'],
]);

/** Files whose texts are for the log only. */
export const LOG_ONLY: ReadonlyMap<string, string> = new Map([
  ['src/core/clock/stored.ts', 'the problems of a stored state it repairs: written to the output channel'],
  ['src/core/schema.ts', 'which field of a message failed its check: written to the output channel'],
  ['src/core/protocol/fields.ts', 'which field of a message failed its check: written to the output channel'],
  ['src/system/windowsIdleScript.ts', 'a PowerShell and C# program run by the Windows input source: code, not text'],
  ['src/core/protocol/hostMessages.ts', 'which field of a message failed its check: written to the output channel (the page\'s words are in panel/panelWords.ts)'],
]);

/** Calls whose text is for developers (logs, errors), or DOM selectors. */
const DEVELOPER_CALLS = /^(?:console\.\w+|(?:[\w.]+\.)?log(?:\.(?:info|warn|error|debug|trace))?|(?:this\.)?log\.\w+|problems\.push|[\w.]*querySelector(?:All)?|[\w.]*\.closest|[\w.]*\.matches)$/;
const ERRORS = /^(?:Error|RangeError|TypeError|SyntaxError)$/;

/** Reads as words: two words with a space between them, or one capitalised word ("Start"). */
export function readsAsWords(raw: string): boolean {
  const text = raw
    .replace(/<[^>]*>/g, ' ') // markup
    .replace(/\$\([a-z0-9-]+\)/g, ' ') // codicons
    .replace(/\{[^}]*\}/g, ' ') // placeholders
    .replace(/&[a-z]+;/g, ' ');
  return /[A-Za-z]{2,}[^\S\n]+[A-Za-z]{2,}/.test(text) || /^\s*[A-Z][a-z]{2,}[.!?:]?\s*$/.test(text);
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  return node.expression.getText();
}

/** Whether `node` sits where its text is not runtime text for people. */
function excused(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isCallExpression(parent)) {
      const name = calleeName(parent);
      if (/(?:^|\.)l10n\.t$/.test(name) || DEVELOPER_CALLS.test(name)) {
        return true;
      }
    }
    if (ts.isNewExpression(parent) && ERRORS.test(calleeName(parent))) {
      return true;
    }
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isCaseClause(parent)) {
      return true;
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === at) {
      const key = parent.name.getText().replace(/^['"]|['"]$/g, '');
      if (KEEP_AS_WRITTEN.has(key)) {
        return true;
      }
    }
    if (ts.isPropertyAssignment(parent) && parent.name === at) {
      return true;
    }
  }
  return false;
}

/** The untranslated texts of one source file. */
export function untranslated(file: string, source: string): Finding[] {
  if (LOG_ONLY.has(file.split('\\').join('/'))) {
    return [];
  }
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!readsAsWords(text) || NOT_USER_FACING.has(text.trim()) || excused(node)) {
      return;
    }
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      // The template's own text, its substitutions left out.
      report(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
