interface ImportMetaEnv {
  /** Whether this build runs the fidelity check (set by the news-reader integration). */
  readonly FIDELITY_CHECK: boolean;
  /** Other sites' search indexes the search page searches too (`SEARCH_MERGE`), comma-separated. */
  readonly SEARCH_MERGE: string;
}
