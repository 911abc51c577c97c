import QtQuick
import Kiosk

Window {
    id: root
    objectName: "mainWindow"
    title: qsTr("Government self-service kiosk")
    color: Theme.background

    readonly property string screenName: Router.currentScreen
    readonly property bool inVisit: screenName !== "attract" && screenName !== "outOfService"
    readonly property bool keyboardWanted: screenName === "search" || screenName === "applyForm"
                                           || screenName === "applyReview"
                                         || (Diagnostics.active && Diagnostics.page === "logs")

    function screenFile(name) {
        return name.charAt(0).toUpperCase() + name.slice(1) + "Screen.qml"
    }

    StatusBar {
        id: statusBar
        objectName: "statusBar"
        anchors { top: parent.top; left: parent.left; right: parent.right }
        screenName: root.screenName
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors {
            top: statusBar.bottom
            left: parent.left
            right: parent.right
            bottom: root.keyboardShown ? keyboardLoader.top
                    : (navBar.visible ? navBar.top : parent.bottom)
        }
        source: root.screenFile(root.screenName)
        // Keep the touch-to-feedback path short: screens are small and load synchronously.
        asynchronous: false
    }

    NavBar {
        id: navBar
        objectName: "navBar"
        visible: root.inVisit
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
    }

    // The virtual keyboard is not created at start-up (start-up time), but a few seconds
    // later in the background, and then kept. Lesson from bench/responsiveness.py: creating it
    // on the first text screen of each visit stalled the GUI thread 100-180 ms on the touch
    // that opened the form or search; creating it again on every visit also churned memory.
    property bool keyboardKept: false
    readonly property bool keyboardShown: keyboardWanted && keyboardLoader.item !== null
                                          && keyboardLoader.item.active
    Timer {
        interval: 3000
        running: true
        onTriggered: root.keyboardKept = true
    }
    Loader {
        id: keyboardLoader
        objectName: "keyboardLoader"
        active: root.keyboardWanted || root.keyboardKept
        // In the background, a piece per frame; a screen that needs it now finishes the load
        // at once (setting asynchronous to false completes a load in progress).
        asynchronous: !root.keyboardWanted
        visible: root.keyboardWanted
        onLoaded: root.keyboardKept = true
        anchors.horizontalCenter: parent.horizontalCenter
        // Sits just above the nav bar so back/home stay reachable while typing; while no text
        // field has focus (or no screen wants it) it waits below the window.
        y: root.keyboardShown ? (navBar.visible ? navBar.y : root.height) - item.height
                              : root.height
        width: Math.min(root.width, 1280)
        source: "Keyboard.qml"
        // Above the diagnostics layer (its log filter takes text); below the PIN pad.
        z: Diagnostics.active ? 30 : 0
    }

    IdleOverlay { anchors.fill: parent; z: 10 }

    // Technician diagnostics: a layer of its own above the screens; below it the router shows
    // "being serviced" to the public while it is open (screens/viewmodels/diagnostics.py).
    Loader {
        objectName: "diagLoader"
        active: Diagnostics.active
        anchors { top: statusBar.bottom; left: parent.left; right: parent.right; bottom: parent.bottom }
        z: 20
        source: "DiagScreen.qml"
    }
    Loader {
        objectName: "diagPinLoader"
        active: Diagnostics.pinVisible
        anchors.fill: parent
        z: 21
        source: "DiagPinDialog.qml"
    }
    HelpDialog { anchors.fill: parent; z: 11 }
}
