package de.foyer.server.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty refuses some requests before they reach the routes (a broken escape, an unreadable
 * Content-Length, headers that are too large). Its own answer is an HTML page; this one answers
 * in the contract's JSON like every other refusal, without any detail of the server inside.
 */
public final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(status)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        String code = status == 431 ? "HEADERS_TOO_LARGE" : status == 413 ? "BODY_TOO_LARGE" : "BAD_REQUEST";
        String message = status >= 500 ? "Something went wrong on our side. Please try again."
                : "The request could not be read (" + HttpStatus.getMessage(status) + ").";
        return ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
