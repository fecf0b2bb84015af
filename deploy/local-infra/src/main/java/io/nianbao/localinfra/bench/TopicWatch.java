package io.nianbao.localinfra.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * A background consumer of some topics from their beginning, in a group of its own, handing every record to
 * {@link #accept}; {@link #close} stops it. The bench's watches of dead letters and of stored reports.
 */
abstract class TopicWatch implements AutoCloseable {
    private volatile boolean running = true;
    private final Thread thread;

    TopicWatch(String bootstrap, String group, List<String> topics, String name) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 3000);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 25 * 1024 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 25 * 1024 * 1024);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(() -> {
            try (consumer) {
                consumer.subscribe(topics);
                while (running) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        accept(r, System.nanoTime());
                    }
                }
            } catch (Exception e) {
                System.out.println("[bench] " + name + " stopped: " + e);
            }
        }, "bench-" + name);
        thread.setDaemon(true);
    }

    /** Starts consuming; called by the subclass once its own fields are set. */
    final void start() {
        thread.start();
    }

    /** One record, with the System.nanoTime() it arrived at. */
    abstract void accept(ConsumerRecord<String, byte[]> r, long arrivedNanos);

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
