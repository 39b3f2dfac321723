import { bookingForViewer } from "../_lib/booking-for-viewer";

// Outside the page's loading boundary: the 404 (or the redirect to sign in) is the response's
// status, not a message inside a 200 stream.
export default async function BookingLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await bookingForViewer((await params).id);
  return children;
}
