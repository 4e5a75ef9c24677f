interface ImportMetaEnv {
  /** Whether this build runs the fidelity check (set by the news-reader integration). */
  readonly FIDELITY_CHECK: boolean;
}
