package vn.tonegate.lexicon;

class LexiconHistoryInMemoryTest extends LexiconHistoryContract {
    @Override
    LexiconStore openStore() {
        return new InMemoryLexiconStore();
    }
}
