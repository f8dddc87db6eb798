package vn.tonegate.lexicon;

import org.junit.jupiter.api.AfterEach;

import vn.tonegate.app.Database;
import vn.tonegate.testing.Stores;

class LexiconHistoryOnH2Test extends LexiconHistoryContract {

    private Database database;

    @Override
    LexiconStore openStore() {
        database = Stores.h2();
        return new SqlLexiconStore(database.dataSource());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
