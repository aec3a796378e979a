package org.rebalance.nn.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;
import org.rebalance.core.learn.Cnn2d;

class NetworkDescriptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a2dCnnRoundTripsThroughJson() throws Exception {
        Cnn2d spec = new Cnn2d(List.of(8, 16), 5, 3, Cnn2d.Stage.RESIDUAL, List.of(32, 8), 0.25);
        String json = JSON.writeValueAsString(NetworkDescription.of(spec));
        assertEquals("{\"type\":\"cnn2d\",\"hidden\":[32,8],\"dropout\":0.25,\"convolutions\":[8,16],\"kernel\":5,"
                + "\"pool\":3,\"stage\":\"residual\"}", json);
        assertEquals(spec, JSON.readValue(json, NetworkDescription.class).toSpec());
        Cnn2d plain = Cnn2d.defaults();
        assertEquals(plain, JSON.readValue(JSON.writeValueAsString(NetworkDescription.of(plain)),
                NetworkDescription.class).toSpec());
    }

    @Test
    void a2dCnnWithoutItsStageIsRefused() throws Exception {
        NetworkDescription d = JSON.readValue("{\"type\":\"cnn2d\",\"hidden\":[],\"dropout\":0,"
                + "\"convolutions\":[8],\"kernel\":3,\"pool\":2}", NetworkDescription.class);
        assertEquals("cnn2d: a stage must be plain or residual, got \"null\"",
                assertThrows(ConfigException.class, d::toSpec).getMessage());
    }
}
