// Activation stays lean: dist/extension.js bundles only the entry and the
// activation, which load nothing at run time, not even the vscode API (type
// imports aside). The rest of the extension is reached only through the
// loader activation is given (require of dist/app.js), and it loads in the
// turn after activation; the panel's code is part of that bundle, evaluated
// when a panel first opens.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const src = path.resolve(__dirname, '..', '..', '..', 'src');

/** The modules a module imports at run time (type-only imports left out), as paths under src/ or package names. */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(path.join(src, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (match[2]) {
      continue;
    }
    const target = match[3];
    found.push(target.startsWith('.') ? path.join(path.dirname(file), `${target}.ts`) : target);
  }
  return found;
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    if (file.endsWith('.ts')) {
      queue.push(...runtimeImports(file));
    }
  }
  return seen;
}

describe('Lean activation', function () {
  it('the entry bundles only itself and the activation: no other module, not even vscode', function () {
    assert.deepEqual([...closure('extension.ts')].sort(), ['activation.ts', 'extension.ts']);
  });

  it('the entry reaches the rest of the extension only through require, after activation', function () {
    const entry = fs.readFileSync(path.join(src, 'extension.ts'), 'utf8');
    assert.match(entry, /require\('\.\/app\.js'\)/);
    assert.doesNotMatch(entry, /require\('\.\/(?!app\.js)/, 'one bundle after activation: dist/app.js');
    const activation = fs.readFileSync(path.join(src, 'activation.ts'), 'utf8');
    assert.doesNotMatch(activation, /require\(/, 'activation.ts is given its loaders, it does not load by itself');
  });

  it('the rest of the extension is the app bundle: the clock and the commands; the panel is evaluated when it first opens', function () {
    for (const host of [path.join('hosts', 'node.ts'), path.join('hosts', 'browser.ts')]) {
      const app = closure(host);
      assert.ok(app.has(path.join('core', 'clock', 'clock.ts')), host);
      assert.ok(app.has(path.join('vscode', 'commandIds.ts')), host);
      assert.ok(!app.has(path.join('panel', 'breakPanel.ts')), `${host}: the panel is not imported at start`);
      assert.match(fs.readFileSync(path.join(src, host), 'utf8'), /require\('\.\.\/panel\/breakPanel'\)/, `${host}: the panel is required when it first opens`);
    }
  });
});
