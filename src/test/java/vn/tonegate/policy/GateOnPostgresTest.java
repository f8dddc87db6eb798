package vn.tonegate.policy;

import org.junit.jupiter.api.AfterEach;

import vn.tonegate.app.Database;
import vn.tonegate.testing.Stores;

/**
 * The gate's contract on PostgreSQL, the production store; the concurrency test runs its
 * checks through two connection pools, as two nodes sharing the database would.
 */
class GateOnPostgresTest extends GateContract {

    private Stores.Schema schema;

    @Override
    Database openStore() {
        schema = Stores.postgres();
        return schema.open();
    }

    @Override
    Database openSecondNode() {
        return schema.open();
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }
}
