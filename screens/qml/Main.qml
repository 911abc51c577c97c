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
            bottom: keyboardLoader.item && keyboardLoader.item.active ? keyboardLoader.top
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

    // The virtual keyboard is created only on screens with text input: loading it costs
    // start-up time and memory the attract screen does not need.
    Loader {
        id: keyboardLoader
        objectName: "keyboardLoader"
        active: root.keyboardWanted
        anchors.horizontalCenter: parent.horizontalCenter
        // Sits just above the nav bar so back/home stay reachable while typing; while no text
        // field has focus it waits below the window (not over the nav bar).
        y: item && item.active ? (navBar.visible ? navBar.y : root.height) - item.height
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
