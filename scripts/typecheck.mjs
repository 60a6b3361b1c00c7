// `npm run typecheck`: the three TypeScript projects (main + tests on Node, renderer, e2e).
import { runTool } from './lib/node-tool.mjs';

const projects = ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json'];
for (const project of projects) {
  const status = runTool('typescript', 'tsc', ['-p', project]);
  if (status !== 0) process.exit(status);
}
