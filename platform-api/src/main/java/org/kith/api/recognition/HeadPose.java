package org.kith.api.recognition;

/**
 * Head pose in degrees, fitted against the canonical face mesh: yaw positive when the subject turns
 * to their left, pitch positive looking up, roll positive tilting clockwise in the image.
 */
public record HeadPose(double yaw, double pitch, double roll) {}
