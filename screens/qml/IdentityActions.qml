import QtQuick
import QtQuick.Layouts
import Kiosk

// The ways forward of the identity journey's current step (Identity.actions), as buttons.
// The flow decides which are offered; this only labels them. `skip` hides actions a screen
// shows elsewhere.
GridLayout {
    id: bar
    property var skip: []
    readonly property var shown: Identity.actions.filter(function (a) { return bar.skip.indexOf(a) < 0 })
    columns: Theme.elder && shown.length > 3 ? 2 : Math.max(1, Math.min(4, shown.length))
    // The first action is the main way forward (filled) - except "ask staff" while the resident
    // is busy with the camera: that is an alternative, not what to do now.
    readonly property bool firstIsMain: shown.length > 0
        && (shown[0] !== "staff" || ["unavailable", "not_matched", "error"].indexOf(Identity.step) >= 0)
    rowSpacing: Theme.gap
    columnSpacing: Theme.gap

    function label(action) {
        switch (action) {
        case "agree": return qsTr("I agree, read my ID card")
        case "agree_face": return qsTr("I agree to the face check")
        case "place_again": return qsTr("Place the card again")
        case "try_again": return qsTr("Try again")
        case "use_qr": return qsTr("Use the app QR code")
        case "use_card": return qsTr("Use my ID card")
        case "staff": return qsTr("Ask staff for help")
        case "cancel": return qsTr("Cancel")
        }
        return action
    }

    Repeater {
        model: bar.shown
        delegate: KButton {
            required property string modelData
            required property int index
            objectName: "action_" + modelData
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: bar.label(modelData)
            outlined: index > 0 || !bar.firstIsMain
            baseColor: modelData === "cancel" ? Theme.danger : Theme.primary
            onClicked: Identity.act(modelData)
        }
    }
}
