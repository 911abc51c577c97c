pragma Singleton
import QtQuick

// Translated names for codes that come from Python (device kinds, states, reasons).
QtObject {
    function deviceKind(kind) {
        switch (kind) {
        case "presence": return qsTr("Presence sensor")
        case "idcard": return qsTr("ID card reader")
        case "camera": return qsTr("Camera")
        case "printer": return qsTr("Receipt printer")
        case "cabinet": return qsTr("Certificate cabinet")
        }
        return kind
    }
    function deviceState(state) {
        switch (state) {
        case "online": return qsTr("Working")
        case "offline": return qsTr("Offline")
        case "no_device": return qsTr("Not connected")
        case "hardware_error": return qsTr("Fault")
        case "user_error": return qsTr("Blocked")
        case "busy": return qsTr("Busy")
        case "power_off": return qsTr("Powered off")
        }
        return state
    }
    // Why a service is temporarily unavailable: ``blocker`` is a Features.blocked entry
    // ({kind, state}); "" when there is none (the service is available).
    function unavailable(blocker) {
        if (blocker === undefined || blocker === null)
            return ""
        return qsTr("Temporarily unavailable (%1: %2)")
            .arg(deviceKind(blocker.kind)).arg(deviceState(blocker.state))
    }
    function outOfServiceReason(reason) {
        switch (reason) {
        case "maintenance": return qsTr("This kiosk is being serviced.")
        case "no_services": return qsTr("The devices this kiosk needs are not working.")
        }
        return ""
    }
    function reminder(code) {
        switch (code) {
        case "take_card": return qsTr("Please take your ID card and receipt with you.")
        case "timeout": return qsTr("Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.")
        }
        return ""
    }
    function category(code) {
        switch (code) {
        case "social_security": return qsTr("Social security")
        case "medical_insurance": return qsTr("Medical insurance")
        case "housing_fund": return qsTr("Housing fund")
        case "household": return qsTr("Household registration")
        case "real_estate": return qsTr("Real estate")
        case "business_start": return qsTr("Starting a business")
        case "tax": return qsTr("Tax")
        case "civil_affairs": return qsTr("Civil affairs")
        case "employment": return qsTr("Jobs")
        case "education": return qsTr("Education")
        case "business_change": return qsTr("Business changes")
        case "permits": return qsTr("Permits")
        }
        return code
    }
}
