package vn.tonegate.ledger;

import java.sql.SQLException;

/** The SQL store failed; a fault of the deployment, never of the caller's input. */
public class StoreException extends RuntimeException {

    public StoreException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
