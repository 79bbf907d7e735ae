/**
 * The directory lists services that take time to reach, so every directory
 * page says first where to go for help now, in the words /find-support uses
 * (NHS 111 and 999, as the NHS does).
 */
export function UrgentHelp() {
  return (
    <div className="my-6 border-l-8 border-urgent bg-white px-4 py-3 print:my-4 print:border-l-4 print:py-1">
      <p>
        <span className="sr-only">Urgent advice: </span>
        <strong>These services are not for emergencies.</strong> If you are having cancer treatment and feel unwell, call
        the 24-hour number your care team gave you. If you need help now, call NHS 111. If you or someone else is in
        immediate danger, call 999.
      </p>
    </div>
  );
}
