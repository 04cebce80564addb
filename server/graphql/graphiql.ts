// GraphiQL with ReformGraph's example queries: mercurius loads a GraphiQL plugin's script before
// rendering, so our script seeds the editor tabs (first visit only: the analyst's own tabs win
// afterwards) and adds an "Examples" panel that puts any example into the editor.
import { readdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { fromRoot } from '../paths.ts';

const EXAMPLES_DIR = `${fromRoot('server', 'graphql', 'examples')}/`;

export interface Example {
  file: string;
  title: string;
  query: string;
}

/** server/graphql/examples/*.graphql, in file order; the title is the operation name. */
export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(`${EXAMPLES_DIR}${file}`, 'utf8');
      const title = /^(?:query|mutation)\s+(\w+)/m.exec(query)?.[1] ?? file;
      return { file, title, query };
    });
}

export const GRAPHIQL_PLUGIN = {
  name: 'reformgraphExamples',
  umdUrl: '/graphiql/examples.js',
  props: {},
};

function script(examples: Example[]): string {
  return `(function () {
  var examples = ${JSON.stringify(examples)};
  try {
    if (!localStorage.getItem('graphiql:tabState')) {
      var tabs = examples.map(function (e, i) {
        return { id: 'example-' + i, hash: null, title: e.title, query: e.query, variables: null,
          headers: null, operationName: e.title, response: null };
      });
      localStorage.setItem('graphiql:tabState', JSON.stringify({ tabs: tabs, activeTabIndex: 0 }));
      localStorage.setItem('graphiql:query', examples[0].query);
    }
  } catch (e) { /* private mode: GraphiQL still works, without the preloaded tabs */ }
  function Panel() {
    var h = React.createElement;
    var lib = window.GraphiQL && window.GraphiQL.React;
    var editor = lib && lib.useEditorContext ? lib.useEditorContext() : null;
    return h('div', null, h('div', { className: 'graphiql-doc-explorer-title' }, '示例 Examples'),
      examples.map(function (e) {
        return h('p', { key: e.file }, h('button', { className: 'graphiql-un-styled', style: { cursor: 'pointer', textAlign: 'left' },
          onClick: function () { if (editor && editor.queryEditor) editor.queryEditor.setValue(e.query); } }, '▶ ' + e.title),
          h('div', { style: { opacity: 0.7, fontSize: '0.85em' } }, (e.query.match(/^#\\s*(.*)$/m) || ['', ''])[1]));
      }));
  }
  window.${GRAPHIQL_PLUGIN.name} = {
    umdPlugin: function () {
      return { title: 'Examples', icon: function () { return React.createElement('span', null, '例'); }, content: Panel };
    },
  };
})();`;
}

export function graphiqlRoutes(app: FastifyInstance): void {
  const body = script(loadExamples());
  app.get('/graphiql/examples.js', (_request, reply) => {
    reply.header('Content-Type', 'application/javascript; charset=utf-8').send(body);
  });
}
