package com.salesdiag.service.rawdata;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a file on a second thread while the request's thread adds its rows up: on two cores a million lines take
 * about the time of the slower of the two instead of both. At most {@link #BATCHES} batches of {@link #BATCH} rows
 * wait between them, so memory stays bounded whatever the file's size. What the parser throws is thrown again, as
 * it was, by {@link #hasNext} on the request's thread.
 */
final class Prefetch<T> implements Iterator<T>, AutoCloseable {

    static final int BATCH = 1024;
    static final int BATCHES = 8;

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread producer;
    private volatile boolean stopped;
    private volatile RuntimeException failure;
    private List<T> batch = List.of();
    private int next;
    private boolean done;

    Prefetch(Iterator<T> source) {
        producer = new Thread(() -> produce(source), "raw-file-reader");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(Iterator<T> source) {
        try {
            List<T> rows = new ArrayList<>(BATCH);
            while (!stopped && source.hasNext()) {
                rows.add(source.next());
                if (rows.size() == BATCH) {
                    queue.put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            if (!rows.isEmpty()) {
                queue.put(rows);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            try {
                if (!stopped) {
                    queue.put(List.of()); // the end
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (next >= batch.size() && !done) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading a raw file", e);
            }
            next = 0;
            if (batch.isEmpty()) {
                done = true;
                if (failure != null) {
                    throw failure;
                }
            }
        }
        return next < batch.size();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
    }

    /** Stops the parsing thread (a reading that ends early) and waits for it. */
    @Override
    public void close() {
        stopped = true;
        producer.interrupt();
        queue.clear();
        try {
            producer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
