package com.weeklygraphql.content.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GitPathOrderTests {

    @Test
    void pathsSortAsTheirUtf8BytesDoEvenBeyondTheBasicPlane() {
        Random random = new Random(7);
        String[] alphabet = {"a", "b", "/", "-", ".", "é", "周", "\uE000", "😀", "𠀀", "0"};
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder path = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                path.append(alphabet[random.nextInt(alphabet.length)]);
            }
            paths.add(path.toString());
        }
        List<String> byBytes = new ArrayList<>(paths);
        byBytes.sort((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        List<String> byOrder = new ArrayList<>(paths);
        byOrder.sort(GitPathOrder.INSTANCE);

        assertThat(byOrder).isEqualTo(byBytes);
        assertThat(GitPathOrder.INSTANCE.compare("a/b", "a.c")).isPositive();
        assertThat(GitPathOrder.INSTANCE.compare("\uE000", "😀")).isNegative();
    }
}
