// The tabs GraphiQL opens with on a first visit: the product's main question first, then one
// example of each kind of operation. Ids differ per graph, so examples find entities by name.

const whoSaidWhatAboutWhom = `# Who said what about whom: the latest quotes, with speaker, subjects and source.
query WhoSaidWhatAboutWhom {
  quotes(first: 10) {
    totalCount
    edges {
      node {
        text
        speaker { name type }
        about { name type }
        article { title source publishedAt }
        sentence
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

const entityProfile = `# One entity: roles, what it said, who it appears with, and where its names came from.
query EntityProfile($name: String = "Zelenskyy") {
  entities(search: $name, first: 1) {
    edges {
      node {
        id
        name
        type
        aliases
        mentionCount
        roles { title organization { name } article { title } }
        quotesBy(first: 5) { totalCount edges { node { text about { name } } } }
        quotesAbout(first: 5) { totalCount edges { node { text speaker { name } } } }
        coMentions(first: 5) { count entity { name type } }
        events(first: 5) { edges { node { type date place { name } participants { name } sentence } } }
        merges { name reason article { title } }
      }
    }
  }
}
`;

const searchAndPath = `# Search across entities, quotes and articles; then ask how two entities connect.
query SearchAndStats {
  search(text: "security guarantees", first: 10) {
    score
    item {
      __typename
      ... on Entity { name }
      ... on Quote { text speaker { name } }
      ... on Article { title }
    }
  }
  stats { articles people organizations places quotes roles events }
}

# Paste two entity ids from another query.
query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    entities { name }
    steps { from { name } to { name } articles { title } quotes { text } events { type sentence } }
  }
}
`;

const ingest = `# Mutations need the header  Authorization: Bearer <API_TOKEN>  (see the Headers pane).
mutation IngestArticle($text: String!) {
  ingestArticle(input: { text: $text, title: "Example", source: "GraphiQL" }) {
    changed
    article { id title entities { name type } quotes { text speaker { name } } }
  }
}
`;

const articleIngested = `# Live: each article as ingestArticle adds it (server-sent events).
subscription ArticleIngested {
  articleIngested { title source entities { name type } }
}
`;

export const graphiqlTabs = [
  { query: whoSaidWhatAboutWhom },
  { query: entityProfile },
  { query: searchAndPath },
  {
    query: ingest,
    variables: JSON.stringify({ text: 'Paste an article here.' }, null, 2),
    headers: JSON.stringify({ Authorization: 'Bearer <API_TOKEN>' }, null, 2),
  },
  { query: articleIngested },
];
