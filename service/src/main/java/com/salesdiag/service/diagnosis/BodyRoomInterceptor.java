package com.salesdiag.service.diagnosis;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reserves room in the heap for a large diagnosis request before its body is read (after the handler is chosen,
 * before its arguments are), and gives it back once the answer is sent: see {@link DiagnosisAdmission#roomForBody}.
 * A refusal here is answered like any other, as 503 busy.
 */
class BodyRoomInterceptor implements HandlerInterceptor {

    private static final String TURN = BodyRoomInterceptor.class.getName() + ".turn";

    private final DiagnosisAdmission admission;

    BodyRoomInterceptor(DiagnosisAdmission admission) {
        this.admission = admission;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equals(request.getMethod())) {
            request.setAttribute(TURN, admission.roomForBody(request.getContentLengthLong()));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (request.getAttribute(TURN) instanceof DiagnosisAdmission.Turn turn) {
            request.removeAttribute(TURN);
            turn.close();
        }
    }
}
