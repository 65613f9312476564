// Stands in for 'server-only' in tests, which run server code outside React's server bundle.
export {};
