// Seed 001: POST create-package {service_id}.
import { createPackageView as view } from "@/lib/compat/drf/handlers";

export const dynamic = "force-dynamic";
export const GET = view.GET;
export const POST = view.POST;
export const PUT = view.PUT;
export const PATCH = view.PATCH;
export const DELETE = view.DELETE;
