package com.salesdiag.service.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;

/**
 * Refuses request bodies over {@code salesdiag.max-payload-size} with 413: at once when the declared length is too
 * large, and while reading when a chunked body grows past it. Multipart uploads are held to
 * {@code salesdiag.max-upload-size} here and by {@code spring.servlet.multipart.*}, which application.properties
 * ties to it.
 */
@Component
class PayloadSizeFilter extends OncePerRequestFilter {

    private final long limit;
    private final long uploadLimit;
    private final HandlerExceptionResolver resolver;

    PayloadSizeFilter(SalesDiagProperties properties,
                      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.limit = properties.maxPayloadSize().toBytes();
        this.uploadLimit = Math.max(limit, properties.maxUploadSize().toBytes());
        this.resolver = resolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A CSV form may carry raw files, streamed from disk: it is held to the upload limit, and each KPI file in
        // it to the payload limit (DiagnosisController).
        String type = request.getContentType();
        long max = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? uploadLimit : limit;
        if (request.getContentLengthLong() > max) {
            resolver.resolveException(request, response, null, new PayloadTooLargeException(max));
            return;
        }
        chain.doFilter(new LimitedRequest(request, max), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
