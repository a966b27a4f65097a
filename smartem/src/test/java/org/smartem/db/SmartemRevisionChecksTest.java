package org.smartem.db;

import io.retort.test.RetortCheckSuite;
import io.retort.test.RetortDatabase;

/**
 * SmartEM's revisions pass retort-test's built-in checks: a single head, upgrade from empty, every
 * revision up, down and up again, and the entities matching head (retort.toml has a [model]).
 */
@RetortDatabase(config = "retort.toml")
class SmartemRevisionChecksTest implements RetortCheckSuite {}
