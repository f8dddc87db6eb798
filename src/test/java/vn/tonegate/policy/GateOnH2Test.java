package vn.tonegate.policy;

import vn.tonegate.app.Database;
import vn.tonegate.testing.Stores;

/** The gate's contract on embedded H2, the default store. */
class GateOnH2Test extends GateContract {

    @Override
    Database openStore() {
        return Stores.h2();
    }

    @Override
    Database openSecondNode() {
        return database;
    }
}
