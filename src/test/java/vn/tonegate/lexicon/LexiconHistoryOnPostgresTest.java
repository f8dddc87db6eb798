package vn.tonegate.lexicon;

import org.junit.jupiter.api.AfterEach;

import vn.tonegate.app.Database;
import vn.tonegate.testing.Stores;

class LexiconHistoryOnPostgresTest extends LexiconHistoryContract {

    private Stores.Schema schema;
    private Database database;

    @Override
    LexiconStore openStore() {
        schema = Stores.postgres();
        database = schema.open();
        return new SqlLexiconStore(database.dataSource());
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            database.close();
        }
        if (schema != null) {
            schema.close();
        }
    }
}
