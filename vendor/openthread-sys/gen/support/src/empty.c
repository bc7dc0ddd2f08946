/* Intentionally empty: used to stub out OpenThread library targets we link but
   never actually use (e.g. the CLI library pulled in transitively by NCP when
   OPENTHREAD_CONFIG_NCP_CLI_STREAM_ENABLE is off), so they don't compile
   sources that need facilities our trimmed MbedTLS profile lacks. */
